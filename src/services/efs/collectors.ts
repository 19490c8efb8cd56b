/**
 * EFS collectors. DescribeFileSystems (paginated) returns encryption, name, tags, the One Zone
 * Availability Zone and the number of mount targets of every file system in the region in one listing;
 * DescribeAccessPoints without a file system lists every access point of the region. The backup policy,
 * the file system policy and the mount targets (with their security groups) are read per file system.
 */
import { defineFact, type CollectContext } from '../../core/fact.js';
import type { Result } from '../../core/types.js';
import { awsErrorCode } from '../../aws/errors.js';

export interface FileSystem {
  id: string;
  arn: string;
  name?: string;
  encrypted: boolean;
  kmsKeyId?: string;
  /** Set for One Zone file systems (stored in a single Availability Zone). */
  availabilityZoneName?: string;
  numberOfMountTargets: number;
  tags: Record<string, string>;
}

export const fileSystems = defineFact<FileSystem[]>({
  id: 'efs.fileSystems',
  service: 'efs',
  scope: 'regional',
  operation: 'elasticfilesystem:DescribeFileSystems',
  async collect(ctx) {
    const { paginateDescribeFileSystems } = await import('@aws-sdk/client-efs');
    const efs = await ctx.client('efs');
    const out: FileSystem[] = [];
    for await (const page of paginateDescribeFileSystems({ client: efs, pageSize: 100 }, {})) {
      for (const f of page.FileSystems ?? []) {
        if (!f.FileSystemId) continue;
        out.push({
          id: f.FileSystemId,
          arn: f.FileSystemArn ?? `arn:${ctx.account.partition}:elasticfilesystem:${ctx.region}:${ctx.account.accountId}:file-system/${f.FileSystemId}`,
          ...(f.Name ? { name: f.Name } : {}),
          encrypted: Boolean(f.Encrypted),
          ...(f.KmsKeyId ? { kmsKeyId: f.KmsKeyId } : {}),
          ...(f.AvailabilityZoneName ? { availabilityZoneName: f.AvailabilityZoneName } : {}),
          numberOfMountTargets: f.NumberOfMountTargets ?? 0,
          tags: Object.fromEntries((f.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? ''])),
        });
      }
    }
    return out;
  },
});

export interface AccessPoint {
  id: string;
  arn: string;
  name?: string;
  fileSystemId: string;
  /** The directory clients see as the root; AWS uses "/" when none was given. */
  rootDirectory: string;
  /** The POSIX identity enforced on every request through the access point, when one is set. */
  posixUser?: { uid: number; gid: number };
  tags: Record<string, string>;
}

export const accessPoints = defineFact<AccessPoint[]>({
  id: 'efs.accessPoints',
  service: 'efs',
  scope: 'regional',
  operation: 'elasticfilesystem:DescribeAccessPoints',
  async collect(ctx) {
    const { paginateDescribeAccessPoints } = await import('@aws-sdk/client-efs');
    const efs = await ctx.client('efs');
    const out: AccessPoint[] = [];
    for await (const page of paginateDescribeAccessPoints({ client: efs, pageSize: 100 }, {})) {
      for (const a of page.AccessPoints ?? []) {
        if (!a.AccessPointId || !a.FileSystemId) continue;
        out.push({
          id: a.AccessPointId,
          arn: a.AccessPointArn ?? `arn:${ctx.account.partition}:elasticfilesystem:${ctx.region}:${ctx.account.accountId}:access-point/${a.AccessPointId}`,
          ...(a.Name ? { name: a.Name } : {}),
          fileSystemId: a.FileSystemId,
          rootDirectory: a.RootDirectory?.Path || '/',
          ...(a.PosixUser && a.PosixUser.Uid !== undefined && a.PosixUser.Gid !== undefined ? { posixUser: { uid: a.PosixUser.Uid, gid: a.PosixUser.Gid } } : {}),
          tags: Object.fromEntries((a.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? ''])),
        });
      }
    }
    return out;
  },
});

/** One call per file system, keyed by file system ARN; `absent` error codes mean "none set" (null). */
async function perFileSystem<T>(
  ctx: CollectContext,
  operation: string,
  absent: string,
  read: (fileSystemId: string) => Promise<T>,
): Promise<Record<string, Result<T | null>>> {
  const list = await ctx.need(fileSystems);
  const entries = await Promise.all(
    list.map(async (f) => {
      const r = await ctx.attempt(operation, async () => {
        try {
          return await read(f.id);
        } catch (err) {
          if (awsErrorCode(err) === absent) return null;
          throw err;
        }
      });
      return [f.arn, r] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** File system ARN -> status of its automatic backup policy (ENABLED, ENABLING, DISABLED, DISABLING), or null when none was ever set. */
export const backupPolicies = defineFact<Record<string, Result<string | null>>>({
  id: 'efs.backupPolicies',
  service: 'efs',
  scope: 'regional',
  operation: 'elasticfilesystem:DescribeBackupPolicy',
  async collect(ctx) {
    const { DescribeBackupPolicyCommand } = await import('@aws-sdk/client-efs');
    const efs = await ctx.client('efs');
    return perFileSystem(ctx, 'elasticfilesystem:DescribeBackupPolicy', 'PolicyNotFound', async (id) =>
      (await efs.send(new DescribeBackupPolicyCommand({ FileSystemId: id }))).BackupPolicy?.Status ?? null,
    );
  },
});

/** File system ARN -> its file system policy (JSON text), or null when it has none. */
export const fileSystemPolicies = defineFact<Record<string, Result<string | null>>>({
  id: 'efs.fileSystemPolicies',
  service: 'efs',
  scope: 'regional',
  operation: 'elasticfilesystem:DescribeFileSystemPolicy',
  async collect(ctx) {
    const { DescribeFileSystemPolicyCommand } = await import('@aws-sdk/client-efs');
    const efs = await ctx.client('efs');
    return perFileSystem(ctx, 'elasticfilesystem:DescribeFileSystemPolicy', 'PolicyNotFound', async (id) =>
      (await efs.send(new DescribeFileSystemPolicyCommand({ FileSystemId: id }))).Policy ?? null,
    );
  },
});

export interface MountTarget {
  id: string;
  subnetId?: string;
  vpcId?: string;
  availabilityZone?: string;
  ipAddress?: string;
  ipv6Address?: string;
  /** DescribeMountTargetSecurityGroups, read per mount target. */
  securityGroupIds: Result<string[]>;
}

/** File system ARN -> its mount targets, each with its security groups. */
export const mountTargets = defineFact<Record<string, Result<MountTarget[]>>>({
  id: 'efs.mountTargets',
  service: 'efs',
  scope: 'regional',
  operation: 'elasticfilesystem:DescribeMountTargets',
  async collect(ctx) {
    const { paginateDescribeMountTargets, DescribeMountTargetSecurityGroupsCommand } = await import('@aws-sdk/client-efs');
    const efs = await ctx.client('efs');
    const list = await ctx.need(fileSystems);
    const entries = await Promise.all(
      list.map(async (f) => {
        // A file system without mount targets needs no call.
        if (f.numberOfMountTargets === 0) return [f.arn, { ok: true, data: [] }] as const;
        const r = await ctx.attempt('elasticfilesystem:DescribeMountTargets', async () => {
          const found = [];
          for await (const page of paginateDescribeMountTargets({ client: efs, pageSize: 100 }, { FileSystemId: f.id })) found.push(...(page.MountTargets ?? []));
          return Promise.all(
            found
              .filter((m) => m.MountTargetId)
              .map(
                async (m): Promise<MountTarget> => ({
                  id: m.MountTargetId as string,
                  ...(m.SubnetId ? { subnetId: m.SubnetId } : {}),
                  ...(m.VpcId ? { vpcId: m.VpcId } : {}),
                  ...(m.AvailabilityZoneName ? { availabilityZone: m.AvailabilityZoneName } : {}),
                  ...(m.IpAddress ? { ipAddress: m.IpAddress } : {}),
                  ...(m.Ipv6Address ? { ipv6Address: m.Ipv6Address } : {}),
                  securityGroupIds: await ctx.attempt('elasticfilesystem:DescribeMountTargetSecurityGroups', async () =>
                    (await efs.send(new DescribeMountTargetSecurityGroupsCommand({ MountTargetId: m.MountTargetId }))).SecurityGroups ?? [],
                  ),
                }),
              ),
          );
        });
        return [f.arn, r] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

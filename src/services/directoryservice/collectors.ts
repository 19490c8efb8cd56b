/**
 * Directory Service collectors. Per region: the directories (DescribeDirectories, with their RADIUS
 * settings), and per directory, in separate facts so a scan asks only what its selected checks need:
 * log subscriptions (ListLogSubscriptions), SNS event topics (DescribeEventTopics), manual snapshot
 * limits (GetSnapshotLimits) and LDAPS certificates (ListCertificates). A call that does not apply to
 * a directory's type (UnsupportedOperationException) is recorded as null, not as an error.
 */
import { defineFact, type CollectContext } from '../../core/fact.js';
import type { Result } from '../../core/types.js';
import { awsErrorCode } from '../../aws/errors.js';

export interface Directory {
  id: string;
  arn: string;
  name: string;
  /** SimpleAD, ADConnector, MicrosoftAD or SharedMicrosoftAD. */
  type: string;
  /** Requested, Creating, Created, Active, Inoperable, Impaired, Restoring, RestoreFailed, Deleting, Deleted, Failed, Updating. */
  stage: string;
  /** RADIUS (MFA) configuration, or null when none is set. */
  radius: { status: string; protocol: string; servers: string[] } | null;
}

export const directories = defineFact<Directory[]>({
  id: 'directoryservice.directories',
  service: 'ds',
  scope: 'regional',
  operation: 'ds:DescribeDirectories',
  async collect(ctx) {
    const { paginateDescribeDirectories } = await import('@aws-sdk/client-directory-service');
    const ds = await ctx.client('ds');
    const out: Directory[] = [];
    for await (const page of paginateDescribeDirectories({ client: ds }, {})) {
      for (const d of page.DirectoryDescriptions ?? []) {
        if (!d.DirectoryId) continue;
        const r = d.RadiusSettings;
        out.push({
          id: d.DirectoryId,
          arn: `arn:${ctx.account.partition}:ds:${ctx.region}:${ctx.account.accountId}:directory/${d.DirectoryId}`,
          name: d.Name ?? d.DirectoryId,
          type: d.Type ?? 'Unknown',
          stage: d.Stage ?? 'Unknown',
          radius:
            r && (r.RadiusServers?.length || d.RadiusStatus)
              ? { status: d.RadiusStatus ?? 'Unknown', protocol: r.AuthenticationProtocol ?? 'Unknown', servers: r.RadiusServers ?? [] }
              : null,
        });
      }
    }
    return out;
  },
});

const NOT_FOR_THIS_TYPE = new Set(['UnsupportedOperationException']);

/** One call per directory of the given types; null where the call does not apply to the directory. */
async function perDirectory<T>(
  ctx: CollectContext,
  types: readonly string[],
  operation: string,
  call: (id: string) => Promise<T>,
): Promise<Record<string, Result<T | null>>> {
  const list = (await ctx.need(directories)).filter((d) => types.includes(d.type));
  const entries = await Promise.all(
    list.map(async (d) => {
      const r = await ctx.attempt(operation, async () => {
        try {
          return await call(d.id);
        } catch (err) {
          if (NOT_FOR_THIS_TYPE.has(awsErrorCode(err))) return null;
          throw err;
        }
      });
      return [d.arn, r] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Directory types whose domain controllers AWS runs (log forwarding, snapshots). */
export const MANAGED_TYPES = ['MicrosoftAD', 'SimpleAD'] as const;
/** Directory types that take RADIUS MFA settings. */
export const RADIUS_TYPES = ['MicrosoftAD', 'ADConnector'] as const;
/** Directories this account owns (a shared Managed AD is configured by its owner). */
export const OWNED_TYPES = ['MicrosoftAD', 'SimpleAD', 'ADConnector'] as const;

/** CloudWatch log groups that receive each Managed Microsoft AD's security logs. */
export const logSubscriptions = defineFact<Record<string, Result<string[] | null>>>({
  id: 'directoryservice.logSubscriptions',
  service: 'ds',
  scope: 'regional',
  operation: 'ds:ListLogSubscriptions',
  async collect(ctx) {
    const { paginateListLogSubscriptions } = await import('@aws-sdk/client-directory-service');
    const ds = await ctx.client('ds');
    return perDirectory(ctx, ['MicrosoftAD'], 'ds:ListLogSubscriptions', async (DirectoryId) => {
      const groups: string[] = [];
      for await (const page of paginateListLogSubscriptions({ client: ds }, { DirectoryId })) {
        for (const s of page.LogSubscriptions ?? []) if (s.LogGroupName) groups.push(s.LogGroupName);
      }
      return groups;
    });
  },
});

export interface EventTopic {
  topicArn: string;
  /** Registered, Topic not found, Failed or Deleted. */
  status: string;
}

/** SNS topics that receive each directory's status changes. */
export const eventTopics = defineFact<Record<string, Result<EventTopic[] | null>>>({
  id: 'directoryservice.eventTopics',
  service: 'ds',
  scope: 'regional',
  operation: 'ds:DescribeEventTopics',
  async collect(ctx) {
    const { DescribeEventTopicsCommand } = await import('@aws-sdk/client-directory-service');
    const ds = await ctx.client('ds');
    return perDirectory(ctx, OWNED_TYPES, 'ds:DescribeEventTopics', async (DirectoryId) => {
      const res = await ds.send(new DescribeEventTopicsCommand({ DirectoryId }));
      return (res.EventTopics ?? []).map((t) => ({ topicArn: t.TopicArn ?? t.TopicName ?? 'unknown', status: t.Status ?? 'Unknown' }));
    });
  },
});

export interface SnapshotLimits {
  limit: number;
  current: number;
  reached: boolean;
}

/** Manual snapshot limit and count of each Simple AD and Managed Microsoft AD. */
export const snapshotLimits = defineFact<Record<string, Result<SnapshotLimits | null>>>({
  id: 'directoryservice.snapshotLimits',
  service: 'ds',
  scope: 'regional',
  operation: 'ds:GetSnapshotLimits',
  async collect(ctx) {
    const { GetSnapshotLimitsCommand } = await import('@aws-sdk/client-directory-service');
    const ds = await ctx.client('ds');
    return perDirectory(ctx, MANAGED_TYPES, 'ds:GetSnapshotLimits', async (DirectoryId) => {
      const l = (await ds.send(new GetSnapshotLimitsCommand({ DirectoryId }))).SnapshotLimits;
      if (!l || l.ManualSnapshotsLimit === undefined) return null;
      return { limit: l.ManualSnapshotsLimit, current: l.ManualSnapshotsCurrentCount ?? 0, reached: Boolean(l.ManualSnapshotsLimitReached) };
    });
  },
});

export interface DirectoryCertificate {
  id: string;
  commonName?: string;
  /** Registering, Registered, RegisterFailed, Deregistering, Deregistered, DeregisterFailed. */
  state: string;
  /** ClientCertAuth or ClientLDAPS. */
  type?: string;
  /** ISO date the certificate expires. */
  expires?: string;
}

/** Certificates registered with each Managed Microsoft AD or AD Connector (LDAPS, client certificate auth). */
export const certificates = defineFact<Record<string, Result<DirectoryCertificate[] | null>>>({
  id: 'directoryservice.certificates',
  service: 'ds',
  scope: 'regional',
  operation: 'ds:ListCertificates',
  async collect(ctx) {
    const { paginateListCertificates } = await import('@aws-sdk/client-directory-service');
    const ds = await ctx.client('ds');
    return perDirectory(ctx, RADIUS_TYPES, 'ds:ListCertificates', async (DirectoryId) => {
      const out: DirectoryCertificate[] = [];
      for await (const page of paginateListCertificates({ client: ds }, { DirectoryId })) {
        for (const c of page.CertificatesInfo ?? []) {
          if (!c.CertificateId) continue;
          out.push({
            id: c.CertificateId,
            state: c.State ?? 'Unknown',
            ...(c.CommonName ? { commonName: c.CommonName } : {}),
            ...(c.Type ? { type: c.Type } : {}),
            ...(c.ExpiryDateTime ? { expires: c.ExpiryDateTime.toISOString() } : {}),
          });
        }
      }
      return out;
    });
  },
});

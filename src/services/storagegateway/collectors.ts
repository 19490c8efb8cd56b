/**
 * Storage Gateway collectors: ListGateways (paginated) for where each gateway is hosted, and ListFileShares
 * (paginated) followed by DescribeNFSFileShares / DescribeSMBFileShares in batches of ten ARNs for the
 * encryption of each file share (one failed batch marks only its shares).
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface Gateway {
  id: string;
  arn: string;
  name?: string;
  /** FILE_S3, FILE_FSX_SMB, VTL, CACHED, STORED... */
  type?: string;
  /** EC2, VMWARE, HYPER-V, KVM, SNOWBALL or OTHER. */
  hostEnvironment?: string;
  ec2InstanceId?: string;
}

export interface FileShareEncryption {
  /** SseS3, SseKms or DsseKms. */
  encryptionType: string;
  kmsKey?: string;
}

export interface FileShare {
  id: string;
  arn: string;
  /** NFS or SMB. */
  protocol: string;
  gatewayArn?: string;
  bucket?: string;
  encryption: Result<FileShareEncryption>;
}

export const gateways = defineFact<Gateway[]>({
  id: 'storagegateway.gateways',
  service: 'storagegateway',
  scope: 'regional',
  operation: 'storagegateway:ListGateways',
  async collect(ctx) {
    const { paginateListGateways } = await import('@aws-sdk/client-storage-gateway');
    const client = await ctx.client('storagegateway');
    const out: Gateway[] = [];
    for await (const page of paginateListGateways({ client, pageSize: 100 }, {})) {
      for (const g of page.Gateways ?? []) {
        if (!g.GatewayARN) continue;
        out.push({
          id: g.GatewayId ?? g.GatewayARN.split('/').pop()!,
          arn: g.GatewayARN,
          ...(g.GatewayName ? { name: g.GatewayName } : {}),
          ...(g.GatewayType ? { type: g.GatewayType } : {}),
          ...(g.HostEnvironment ? { hostEnvironment: g.HostEnvironment } : {}),
          ...(g.Ec2InstanceId ? { ec2InstanceId: g.Ec2InstanceId } : {}),
        });
      }
    }
    return out;
  },
});

/** SseKms/DsseKms when EncryptionType is reported, else from the older KMSEncrypted flag. */
const encryptionOf = (s: { EncryptionType?: string; KMSEncrypted?: boolean; KMSKey?: string }): FileShareEncryption => ({
  encryptionType: s.EncryptionType ?? (s.KMSEncrypted ? 'SseKms' : 'SseS3'),
  ...(s.KMSKey ? { kmsKey: s.KMSKey } : {}),
});

const BATCH = 10;
const chunks = <T>(xs: T[]): T[][] => Array.from({ length: Math.ceil(xs.length / BATCH) }, (_, i) => xs.slice(i * BATCH, (i + 1) * BATCH));

export const fileShares = defineFact<FileShare[]>({
  id: 'storagegateway.fileShares',
  service: 'storagegateway',
  scope: 'regional',
  operation: 'storagegateway:ListFileShares',
  async collect(ctx) {
    const { paginateListFileShares, DescribeNFSFileSharesCommand, DescribeSMBFileSharesCommand } = await import('@aws-sdk/client-storage-gateway');
    const client = await ctx.client('storagegateway');
    const listed: Array<Omit<FileShare, 'encryption'>> = [];
    for await (const page of paginateListFileShares({ client, pageSize: 100 }, {})) {
      for (const f of page.FileShareInfoList ?? []) {
        if (!f.FileShareARN) continue;
        listed.push({
          id: f.FileShareId ?? f.FileShareARN.split('/').pop()!,
          arn: f.FileShareARN,
          protocol: f.FileShareType ?? 'NFS',
          ...(f.GatewayARN ? { gatewayArn: f.GatewayARN } : {}),
        });
      }
    }
    const found = new Map<string, Result<{ enc: FileShareEncryption; bucket?: string }>>();
    const describe = async (protocol: 'NFS' | 'SMB', arns: string[]) => {
      const op = `storagegateway:Describe${protocol}FileShares`;
      const r = await ctx.attempt(op, async () => {
        if (protocol === 'NFS') return (await client.send(new DescribeNFSFileSharesCommand({ FileShareARNList: arns }))).NFSFileShareInfoList ?? [];
        return (await client.send(new DescribeSMBFileSharesCommand({ FileShareARNList: arns }))).SMBFileShareInfoList ?? [];
      });
      for (const arn of arns) {
        if (!r.ok) {
          found.set(arn, r);
          continue;
        }
        const info = r.data.find((s) => s.FileShareARN === arn);
        found.set(
          arn,
          info
            ? { ok: true, data: { enc: encryptionOf(info), ...(info.LocationARN ? { bucket: info.LocationARN } : {}) } }
            : { ok: false, error: { kind: 'Failed', code: 'NotFound', operation: op, message: `file share ${arn} was listed but not described` } },
        );
      }
    };
    await Promise.all(
      (['NFS', 'SMB'] as const).flatMap((p) =>
        chunks(listed.filter((f) => f.protocol === p).map((f) => f.arn)).map((arns) => describe(p, arns)),
      ),
    );
    return listed.map((f): FileShare => {
      const r = found.get(f.arn);
      if (!r) return { ...f, encryption: { ok: false, error: { kind: 'Failed', code: 'Unsupported', operation: 'storagegateway:ListFileShares', message: `file share type ${f.protocol} is not known to prowl` } } };
      if (!r.ok) return { ...f, encryption: r };
      return { ...f, ...(r.data.bucket ? { bucket: r.data.bucket } : {}), encryption: { ok: true, data: r.data.enc } };
    });
  },
});

/**
 * EFS collectors. DescribeFileSystems (paginated) returns encryption, name and tags for every file
 * system in the region in one listing.
 */
import { defineFact } from '../../core/fact.js';

export interface FileSystem {
  id: string;
  arn: string;
  name?: string;
  encrypted: boolean;
  kmsKeyId?: string;
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
          tags: Object.fromEntries((f.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? ''])),
        });
      }
    }
    return out;
  },
});

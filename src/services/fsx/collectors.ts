/**
 * FSx collectors: DescribeFileSystems (paginated), keeping for each file system its type, deployment type and
 * the tag-copying settings of its type's configuration (Windows, Lustre, OpenZFS; ONTAP has none).
 */
import { defineFact } from '../../core/fact.js';

export interface FsxFileSystem {
  id: string;
  arn: string;
  name?: string;
  /** WINDOWS, LUSTRE, ONTAP or OPENZFS. */
  type: string;
  /** MULTI_AZ_1, SINGLE_AZ_1, SCRATCH_2, PERSISTENT_1... */
  deploymentType?: string;
  /** Absent when the type has no such setting (ONTAP). */
  copyTagsToBackups?: boolean;
  /** OpenZFS only. */
  copyTagsToVolumes?: boolean;
  tags: Record<string, string>;
}

export const fileSystems = defineFact<FsxFileSystem[]>({
  id: 'fsx.fileSystems',
  service: 'fsx',
  scope: 'regional',
  operation: 'fsx:DescribeFileSystems',
  async collect(ctx) {
    const { paginateDescribeFileSystems } = await import('@aws-sdk/client-fsx');
    const client = await ctx.client('fsx');
    const out: FsxFileSystem[] = [];
    for await (const page of paginateDescribeFileSystems({ client, pageSize: 100 }, {})) {
      for (const f of page.FileSystems ?? []) {
        if (!f.FileSystemId) continue;
        const tags = Object.fromEntries((f.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? '']));
        const config = f.WindowsConfiguration ?? f.LustreConfiguration ?? f.OpenZFSConfiguration ?? f.OntapConfiguration;
        const copyToBackups = f.WindowsConfiguration?.CopyTagsToBackups ?? f.LustreConfiguration?.CopyTagsToBackups ?? f.OpenZFSConfiguration?.CopyTagsToBackups;
        const type = f.FileSystemType ?? 'UNKNOWN';
        out.push({
          id: f.FileSystemId,
          arn: f.ResourceARN ?? `arn:${ctx.account.partition}:fsx:${ctx.region}:${ctx.account.accountId}:file-system/${f.FileSystemId}`,
          ...(tags.Name ? { name: tags.Name } : {}),
          type,
          ...(config?.DeploymentType ? { deploymentType: config.DeploymentType } : {}),
          ...(type !== 'ONTAP' ? { copyTagsToBackups: Boolean(copyToBackups) } : {}),
          ...(type === 'OPENZFS' ? { copyTagsToVolumes: Boolean(f.OpenZFSConfiguration?.CopyTagsToVolumes) } : {}),
          tags,
        });
      }
    }
    return out;
  },
});

/** WorkSpaces collectors: the WorkSpaces of a region (DescribeWorkspaces). */
import { defineFact } from '../../core/fact.js';

export interface Workspace {
  id: string;
  arn: string;
  userName?: string;
  rootVolumeEncrypted: boolean;
  userVolumeEncrypted: boolean;
  subnetId?: string;
}

export const workspaces = defineFact<Workspace[]>({
  id: 'workspaces.workspaces',
  service: 'workspaces',
  scope: 'regional',
  operation: 'workspaces:DescribeWorkspaces',
  async collect(ctx) {
    const { paginateDescribeWorkspaces } = await import('@aws-sdk/client-workspaces');
    const client = await ctx.client('workspaces');
    const out: Workspace[] = [];
    for await (const page of paginateDescribeWorkspaces({ client, pageSize: Math.min(ctx.pageSize, 25) }, {})) {
      for (const w of page.Workspaces ?? []) {
        if (!w.WorkspaceId) continue;
        out.push({
          id: w.WorkspaceId,
          arn: `arn:${ctx.account.partition}:workspaces:${ctx.region}:${ctx.account.accountId}:workspace/${w.WorkspaceId}`,
          userName: w.UserName,
          rootVolumeEncrypted: w.RootVolumeEncryptionEnabled ?? false,
          userVolumeEncrypted: w.UserVolumeEncryptionEnabled ?? false,
          subnetId: w.SubnetId || undefined,
        });
      }
    }
    return out;
  },
});

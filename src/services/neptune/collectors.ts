/**
 * Neptune collectors, through the Neptune API (which shares the RDS control plane): clusters and cluster
 * snapshots filtered to engine "neptune" (with the restore attribute of manual snapshots) and DB subnet
 * groups, read by the engine-filtered reader shared with DocumentDB. Neptune clusters are not reported by
 * prowl's RDS collectors.
 */
import { engineClusterFacts, type EngineApi, type EngineCluster, type EngineClusterSnapshot } from '../rds/engine-clusters.js';

export type GraphCluster = EngineCluster & { copyTagsToSnapshot: boolean; iamAuth: boolean };
export type GraphClusterSnapshot = EngineClusterSnapshot;

export const { clusters, clusterSnapshots, subnetGroups } = engineClusterFacts({
  prefix: 'neptune',
  service: 'neptune',
  engine: 'neptune',
  api: async () => (await import('@aws-sdk/client-neptune')) as unknown as EngineApi,
  extra: (c) => ({ copyTagsToSnapshot: Boolean(c.CopyTagsToSnapshot), iamAuth: Boolean(c.IAMDatabaseAuthenticationEnabled) }),
});

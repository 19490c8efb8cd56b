/**
 * DocumentDB collectors, through the DocumentDB API (which shares the RDS control plane): clusters and
 * cluster snapshots filtered to engine "docdb" (with the restore attribute of manual snapshots), read by the
 * engine-filtered reader shared with Neptune. DocumentDB clusters are not reported by prowl's RDS collectors.
 */
import { engineClusterFacts, type EngineApi, type EngineCluster, type EngineClusterSnapshot } from '../rds/engine-clusters.js';

export type DocCluster = EngineCluster;
export type DocClusterSnapshot = EngineClusterSnapshot;

const facts = engineClusterFacts({
  prefix: 'documentdb',
  service: 'docdb',
  engine: 'docdb',
  api: async () => (await import('@aws-sdk/client-docdb')) as unknown as EngineApi,
  extra: () => ({}),
});

export const { clusters, clusterSnapshots } = facts;

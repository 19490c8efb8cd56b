/** Test-only builders: a compliant Neptune cluster and snapshot, changed field by field. */
import type { GraphCluster, GraphClusterSnapshot } from './collectors.js';

export const makeCluster = (id: string, o: Partial<GraphCluster> = {}): GraphCluster => ({
  id,
  arn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  engine: 'neptune',
  backupRetentionPeriod: 7,
  copyTagsToSnapshot: true,
  deletionProtection: true,
  iamAuth: true,
  cloudwatchLogs: ['audit'],
  multiAz: true,
  storageEncrypted: true,
  dbSubnetGroup: 'private',
  memberCount: 2,
  ...o,
});

export const makeSnapshot = (id: string, o: Partial<GraphClusterSnapshot> = {}): GraphClusterSnapshot => ({
  id,
  arn: `arn:aws:rds:us-east-1:123456789012:cluster-snapshot:${id}`,
  source: 'graph',
  type: 'manual',
  encrypted: true,
  public: { ok: true, data: false },
  ...o,
});

/** Test-only builders: a compliant DocumentDB cluster and snapshot, changed field by field. */
import type { DocCluster, DocClusterSnapshot } from './collectors.js';

export const makeCluster = (id: string, o: Partial<DocCluster> = {}): DocCluster => ({
  id,
  arn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  engine: 'docdb',
  backupRetentionPeriod: 7,
  deletionProtection: true,
  cloudwatchLogs: ['audit', 'profiler'],
  multiAz: true,
  storageEncrypted: true,
  dbSubnetGroup: 'private',
  memberCount: 2,
  ...o,
});

export const makeSnapshot = (id: string, o: Partial<DocClusterSnapshot> = {}): DocClusterSnapshot => ({
  id,
  arn: `arn:aws:rds:us-east-1:123456789012:cluster-snapshot:${id}`,
  source: 'docs',
  type: 'manual',
  encrypted: true,
  public: { ok: true, data: false },
  ...o,
});

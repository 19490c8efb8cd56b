/** Test-only builder: a compliant Redshift cluster, changed field by field. */
import type { RedshiftCluster } from './collectors.js';

export const makeCluster = (id: string, o: Partial<RedshiftCluster> = {}): RedshiftCluster => ({
  id,
  arn: `arn:aws:redshift:us-east-1:123456789012:cluster:${id}`,
  encrypted: true,
  publiclyAccessible: false,
  enhancedVpcRouting: true,
  allowVersionUpgrade: true,
  automatedSnapshotRetentionPeriod: 7,
  masterUsername: 'warehouse_owner',
  dbName: 'sales',
  multiAz: 'Enabled',
  parameterGroups: [{ name: 'secure', applyStatus: 'in-sync' }],
  logging: { ok: true, data: { enabled: true, destination: 'CloudWatch Logs' } },
  tags: {},
  ...o,
});

import { defineCheck } from '../../../core/check.js';
import { clusterSnapshots } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'neptune_cluster_snapshot_encrypted',
  title: 'Neptune cluster snapshots are encrypted',
  service: 'neptune',
  severity: 'medium',
  resourceType: 'AwsRdsDbClusterSnapshot',
  categories: ['encryption'],
  description: 'Passes each Neptune cluster snapshot (manual or automated) that is encrypted with KMS.',
  risk: 'An unencrypted snapshot copied or shared with the wrong party exposes the whole graph in clear.',
  remediation: {
    text: 'Copy the snapshot with a KMS key and delete the unencrypted copy; encrypt the source cluster so new snapshots are encrypted.',
    url: 'https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-copy-snapshot.html',
    cli: 'aws neptune copy-db-cluster-snapshot --source-db-cluster-snapshot-identifier <snapshot> --target-db-cluster-snapshot-identifier <snapshot>-enc --kms-key-id <key>',
  },
  uses: [clusterSnapshots],
  run(ctx) {
    eachListed(ctx, clusterSnapshots, 'Neptune cluster snapshots', (s, resource) => {
      if (s.encrypted) ctx.pass(resource, `Neptune snapshot ${s.id} (of ${s.source}) is encrypted.`);
      else ctx.fail(resource, `Neptune snapshot ${s.id} (of ${s.source}) is not encrypted.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { listed } from '../../../lib/resource-policy.js';
import { clusterSnapshots, dbSnapshots } from '../collectors.js';

export default defineCheck({
  id: 'rds_snapshots_encrypted',
  title: 'RDS DB and cluster snapshots are encrypted',
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbSnapshot',
  categories: ['encryption'],
  description: 'Passes each DB snapshot and DB cluster snapshot (manual and automated) that is encrypted with KMS.',
  risk: 'An unencrypted snapshot that is copied, shared or restored by the wrong party exposes the whole database in clear.',
  remediation: {
    text: 'Copy the snapshot with a KMS key (aws rds copy-db-snapshot --kms-key-id) and delete the unencrypted one; encrypt the source database so future snapshots are encrypted.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-enc --kms-key-id <key>',
    terraform:
      'resource "aws_db_snapshot_copy" "encrypted" {\n  source_db_snapshot_identifier = "<snapshot-arn>"\n  target_db_snapshot_identifier = "<snapshot-name>-encrypted"\n  kms_key_id                    = "<kms-key-arn>"\n}',
  },
  uses: [dbSnapshots, clusterSnapshots],
  run(ctx) {
    for (const [fact, kind] of [[dbSnapshots, 'DB snapshot'], [clusterSnapshots, 'DB cluster snapshot']] as const) {
      for (const { region, result } of ctx.regional(fact)) {
        for (const s of listed(ctx, region, result, `RDS ${kind}s`)) {
          const resource = { arn: s.arn, id: s.id, region, details: { source: s.source, type: s.type } };
          if (s.encrypted) ctx.pass(resource, `${kind} ${s.id} (of ${s.source}) is encrypted.`);
          else ctx.fail(resource, `${kind} ${s.id} (of ${s.source}) is not encrypted.`);
        }
      }
    }
  },
});

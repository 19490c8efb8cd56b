import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../core/types.js';
import { listed } from '../../../lib/resource-policy.js';
import { clusterSnapshots, dbSnapshots } from '../collectors.js';

export default defineCheck({
  id: 'rds_snapshots_public_access',
  title: 'RDS DB and cluster snapshots are not public',
  service: 'rds',
  severity: 'critical',
  resourceType: 'AwsRdsDbSnapshot',
  categories: ['internet-exposed'],
  description:
    'Reads the restore attribute of every manual DB snapshot and DB cluster snapshot and fails those shared with "all", which lets any AWS account copy the snapshot and restore the database. Automated snapshots cannot be shared.',
  risk: 'A public snapshot gives every AWS customer a full copy of the database: the most direct form of data leak RDS allows.',
  remediation: {
    text: 'Remove "all" from the snapshot\'s restore attribute; share it with named accounts only if needed.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all',
    terraform:
      '# shared_accounts lists who may restore the snapshot: never "all"\nresource "aws_db_snapshot" "this" {\n  db_instance_identifier = "<db-id>"\n  db_snapshot_identifier = "<snapshot-name>"\n  shared_accounts        = ["<trusted-account-id>"]\n}',
  },
  uses: [dbSnapshots, clusterSnapshots],
  run(ctx) {
    for (const [fact, kind] of [[dbSnapshots, 'DB snapshot'], [clusterSnapshots, 'DB cluster snapshot']] as const) {
      for (const { region, result } of ctx.regional(fact)) {
        for (const s of listed(ctx, region, result, `RDS ${kind}s`)) {
          if (!s.public) continue;
          const resource = { arn: s.arn, id: s.id, region, details: { source: s.source, engine: s.engine } };
          if (!s.public.ok) ctx.error(resource, s.public.error, `Could not read who may restore ${kind} ${s.id}: ${describeCallError(s.public.error)}.`);
          else if (s.public.data) ctx.fail(resource, `${kind} ${s.id} (of ${s.source}) is public: any AWS account can restore it.`);
          else ctx.pass(resource, `${kind} ${s.id} (of ${s.source}) is not public.`);
        }
      }
    }
  },
});

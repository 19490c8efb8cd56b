import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../core/types.js';
import { clusterSnapshots } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'documentdb_cluster_public_snapshot',
  title: 'DocumentDB cluster snapshots are not public',
  service: 'documentdb',
  severity: 'critical',
  resourceType: 'AwsRdsDbClusterSnapshot',
  categories: ['internet-exposed'],
  description:
    'Reads the restore attribute of each manual DocumentDB cluster snapshot and fails those shared with "all", which any AWS account can copy and restore. Automated snapshots cannot be shared.',
  risk: 'A public snapshot hands a full copy of the database to every AWS customer.',
  remediation: {
    text: 'Remove "all" from the restore attribute of the snapshot.',
    url: 'https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore-share_cluster_snapshots.html',
    cli: 'aws docdb modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all',
  },
  uses: [clusterSnapshots],
  run(ctx) {
    eachListed(ctx, clusterSnapshots, 'DocumentDB cluster snapshots', (s, resource) => {
      if (!s.public) return;
      if (!s.public.ok) ctx.error(resource, s.public.error, `Could not read who may restore DocumentDB snapshot ${s.id}: ${describeCallError(s.public.error)}.`);
      else if (s.public.data) ctx.fail(resource, `DocumentDB snapshot ${s.id} (of ${s.source}) is public: any AWS account can restore it.`);
      else ctx.pass(resource, `DocumentDB snapshot ${s.id} (of ${s.source}) is not public.`);
    });
  },
});

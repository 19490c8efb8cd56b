import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'documentdb_cluster_backup_enabled',
  title: "DocumentDB clusters keep automated backups for at least the minimum retention period",
  service: 'documentdb',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["resilience"],
  description:
    "Passes each DocumentDB cluster whose automated backup retention period is at least minimum_backup_retention_period days (7 by default).",
  risk: "A short or minimal backup retention leaves little time to notice corruption or deletion and restore clean data.",
  remediation: {
    text: "Raise the backup retention period of the cluster to 7 days or more.",
    url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore.html",
    cli: "aws docdb modify-db-cluster --db-cluster-identifier <cluster> --backup-retention-period 7 --apply-immediately",
    terraform:
      'resource "aws_docdb_cluster" "this" {\n  cluster_identifier      = "<cluster-id>"\n  backup_retention_period = 7\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::DocDB::DBCluster\n    Properties:\n      BackupRetentionPeriod: 7',
  },
  params: {"minimum_backup_retention_period": 7},
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "DocumentDB clusters", (x, resource) => {
      const L = `DocumentDB cluster ${x.id}`;
      if (x.backupRetentionPeriod >= ctx.params.minimum_backup_retention_period) ctx.pass(resource, `${L} keeps automated backups for ${x.backupRetentionPeriod} day(s).`);
      else ctx.fail(resource, `${L} keeps automated backups for only ${x.backupRetentionPeriod} day(s), below the minimum of ${ctx.params.minimum_backup_retention_period}.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'neptune_cluster_backup_enabled',
  title: "Neptune clusters keep automated backups for at least the minimum retention period",
  service: 'neptune',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["resilience"],
  description:
    "Passes each Neptune cluster whose automated backup retention period is at least minimum_backup_retention_period days (7 by default).",
  risk: "A short or minimal backup retention leaves little time to notice corruption or deletion and restore clean data.",
  remediation: {
    text: "Raise the backup retention period of the cluster to 7 days or more.",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-overview.html",
    cli: "aws neptune modify-db-cluster --db-cluster-identifier <cluster> --backup-retention-period 7 --apply-immediately",
    terraform:
      'resource "aws_neptune_cluster" "this" {\n  cluster_identifier      = "<cluster-id>"\n  backup_retention_period = 7\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Neptune::DBCluster\n    Properties:\n      BackupRetentionPeriod: 7',
  },
  params: {"minimum_backup_retention_period": 7},
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Neptune clusters", (x, resource) => {
      const L = `Neptune cluster ${x.id}`;
      if (x.backupRetentionPeriod >= ctx.params.minimum_backup_retention_period) ctx.pass(resource, `${L} keeps automated backups for ${x.backupRetentionPeriod} day(s).`);
      else ctx.fail(resource, `${L} keeps automated backups for only ${x.backupRetentionPeriod} day(s), below the minimum of ${ctx.params.minimum_backup_retention_period}.`);
    });
  },
});

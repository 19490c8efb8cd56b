import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_backup_enabled',
  title: "RDS DB instances keep automated backups",
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  categories: ["resilience"],
  description:
    "Passes each DB instance whose automated backup retention period is at least one day. Read replicas are skipped unless check_rds_instance_replicas is true, because their source holds the backups.",
  risk: "Without automated backups there is no point-in-time recovery: a bad migration, a deleted table or ransomware means data loss.",
  remediation: {
    text: "Set a backup retention period of 7 days or more.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html",
    cli: "aws rds modify-db-instance --db-instance-identifier <instance> --backup-retention-period 7 --apply-immediately",
    terraform: 'resource "aws_db_instance" "example" {\n  # ...\n  backup_retention_period = 7\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      BackupRetentionPeriod: 7',
  },
  params: {"check_rds_instance_replicas": false},
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (x, resource) => {
      if ((x.replicaOf !== undefined && !ctx.params.check_rds_instance_replicas)) return;
      const L = `RDS instance ${x.id} (${x.engine})`;
      if (x.backupRetentionPeriod > 0) ctx.pass(resource, `${L} keeps automated backups for ${x.backupRetentionPeriod} day(s).`);
      else ctx.fail(resource, `${L} has automated backups turned off (retention period 0).`);
    });
  },
});

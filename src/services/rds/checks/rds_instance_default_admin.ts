import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance, DEFAULT_ADMIN_NAMES } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_default_admin',
  title: "RDS DB instances do not use a default master user name",
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  categories: ["identity-access"],
  description:
    "Fails each standalone DB instance whose master user name is a well-known default (admin, postgres, root, sa, master, administrator), which an attacker guesses first. Instances that belong to an Aurora or Multi-AZ DB cluster take this setting from their cluster and are judged by the cluster check.",
  risk: "A default user name leaves only the password to guess in brute-force and credential-stuffing attacks.",
  remediation: {
    text: "The master user name cannot be changed: create a new instance (or restore a snapshot into one) with a custom master user name, or manage the master password in Secrets Manager and disable direct use of the account.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.MasterAccounts.html",
    cli: "aws rds restore-db-instance-from-db-snapshot --db-instance-identifier <new> --db-snapshot-identifier <snapshot>  # then create a new admin user and retire the default one",
    terraform:
      'resource "aws_db_instance" "this" {\n  identifier                  = "<db-id>"\n  instance_class              = "<instance-class>"\n  engine                      = "<engine>"\n  username                    = "<custom-admin-name>"\n  manage_master_user_password = true\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      MasterUsername: <custom-admin-name>\n      ManageMasterUserPassword: true',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (x, resource) => {
      if (x.clusterId !== undefined) return;
      const L = `RDS instance ${x.id} (${x.engine})`;
      if (!DEFAULT_ADMIN_NAMES.includes((x.masterUsername ?? "").toLowerCase())) ctx.pass(resource, `${L} uses a custom master user name.`);
      else ctx.fail(resource, `${L} uses the default master user name ${x.masterUsername}.`);
    });
  },
});

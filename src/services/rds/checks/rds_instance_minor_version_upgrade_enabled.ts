import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_minor_version_upgrade_enabled',
  title: 'RDS DB instances apply minor engine upgrades automatically',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  categories: ['vulnerabilities'],
  description:
    'Reports whether each RDS DB instance has automatic minor version upgrades turned on, so that engine patch releases are installed during its maintenance window.',
  risk: 'Instances that never take minor upgrades keep running engine versions with known security flaws and bugs that the patch releases fix.',
  remediation: {
    text: 'Enable automatic minor version upgrades on the instance; upgrades are then applied in the maintenance window.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --auto-minor-version-upgrade --apply-immediately',
    terraform: 'resource "aws_db_instance" "example" {\n  # ...\n  auto_minor_version_upgrade = true\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      AutoMinorVersionUpgrade: true',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (i, resource) => {
      if (i.autoMinorVersionUpgrade) ctx.pass(resource, `RDS instance ${i.id} (${i.engine}) upgrades minor engine versions automatically.`);
      else ctx.fail(resource, `RDS instance ${i.id} (${i.engine}) does not upgrade minor engine versions automatically.`);
    });
  },
});

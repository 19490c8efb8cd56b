import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../core/types.js';
import { engineVersions, instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_deprecated_engine_version',
  title: 'RDS DB instances run an engine version RDS still offers',
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbInstance',
  categories: ["vulnerabilities"],
  description:
    'Compares the engine version of each DB instance with the versions RDS still offers for that engine (DescribeDBEngineVersions, excluding deprecated ones) and fails versions that are no longer offered.',
  risk: 'A deprecated engine version no longer receives fixes and will be force-upgraded by AWS during a maintenance window, possibly at a bad time.',
  remediation: {
    text: 'Upgrade the instance to a supported engine version, after testing the application against it.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --engine-version <version> --apply-immediately',
    terraform:
      'resource "aws_db_instance" "this" {\n  identifier                  = "<db-id>"\n  instance_class              = "<instance-class>"\n  engine                      = "<engine>"\n  engine_version              = "<supported-version>"\n  allow_major_version_upgrade = true\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      EngineVersion: <supported-version>\n      AllowMajorVersionUpgrade: true',
  },
  uses: [instances, engineVersions],
  run(ctx) {
    const byRegion = new Map(ctx.regional(engineVersions).map(({ region, result }) => [region, result]));
    eachInstance(ctx, (x, resource, region) => {
      const L = `RDS instance ${x.id} (${x.engine} ${x.engineVersion})`;
      const all = byRegion.get(region);
      const versions = all?.ok ? all.data[x.engine] : all;
      if (!versions || !versions.ok) {
        const error = versions?.error ?? { kind: 'Failed' as const, code: 'NotCollected', operation: 'rds:DescribeDBEngineVersions', message: `no versions for ${x.engine}` };
        ctx.error(resource, error, `Could not evaluate ${L}: ${describeCallError(error)}.`);
      } else if (versions.data.includes(x.engineVersion)) ctx.pass(resource, `${L} runs an engine version RDS still offers.`);
      else ctx.fail(resource, `${L} runs an engine version RDS no longer offers.`);
    });
  },
});

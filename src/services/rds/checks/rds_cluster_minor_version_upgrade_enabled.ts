import { defineCheck } from '../../../core/check.js';
import { clusters, instances } from '../collectors.js';
import { eachCluster } from '../instances.js';

export default defineCheck({
  id: 'rds_cluster_minor_version_upgrade_enabled',
  title: 'RDS DB clusters apply minor engine upgrades automatically',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["vulnerabilities"],
  description:
    "Passes each DB cluster that receives minor engine versions automatically. Multi-AZ DB clusters carry the setting themselves; Aurora keeps it on each DB instance, so an Aurora cluster passes only when every member instance has it on.",
  risk: 'Minor versions carry security fixes; a cluster that is never upgraded keeps known vulnerabilities.',
  remediation: {
    text: 'Enable auto minor version upgrade on the cluster (Multi-AZ DB cluster) or on every instance of the Aurora cluster.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_UpgradeDBInstance.Maintenance.html',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --auto-minor-version-upgrade --apply-immediately',
    terraform:
      'resource "aws_rds_cluster_instance" "this" {\n  cluster_identifier         = "<cluster-id>"\n  instance_class             = "<instance-class>"\n  engine                     = "<engine>"\n  auto_minor_version_upgrade = true\n}',
    nativeIaC:
      'Resources:\n  ClusterInstance:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: <cluster-id>\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      AutoMinorVersionUpgrade: true',
  },
  uses: [clusters, instances],
  run(ctx) {
    const byRegion = new Map(ctx.regional(instances).map(({ region, result }) => [region, result]));
    eachCluster(ctx, (c, resource, region) => {
      const L = `RDS cluster ${c.id} (${c.engine})`;
      if (c.autoMinorVersionUpgrade !== undefined) {
        if (c.autoMinorVersionUpgrade) ctx.pass(resource, `${L} applies minor version upgrades automatically.`);
        else ctx.fail(resource, `${L} does not apply minor version upgrades automatically.`);
        return;
      }
      const inst = byRegion.get(region);
      if (!inst?.ok) {
        const error = inst?.error ?? { kind: 'Failed' as const, code: 'NotCollected', operation: 'rds:DescribeDBInstances', message: 'instances not collected' };
        ctx.error(resource, error, `Could not evaluate ${L}: its member instances could not be read (${error.operation}, ${error.code}).`);
        return;
      }
      const members = inst.data.filter((i) => i.clusterId === c.id);
      const off = members.filter((i) => !i.autoMinorVersionUpgrade).map((i) => i.id);
      if (members.length === 0) ctx.fail(resource, `${L} has no DB instances, so no instance applies minor version upgrades.`);
      else if (off.length) ctx.fail(resource, `${L} has instance(s) without automatic minor version upgrades: ${off.join(', ')}.`);
      else ctx.pass(resource, `${L}: all ${members.length} instance(s) apply minor version upgrades automatically.`);
    });
  },
});

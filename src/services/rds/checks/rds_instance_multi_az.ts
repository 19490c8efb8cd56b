import { defineCheck } from '../../../core/check.js';
import { clusters, instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_multi_az',
  title: 'RDS DB instances are deployed across multiple Availability Zones',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  categories: ['resilience'],
  description:
    'Reports whether each RDS DB instance has a standby in another Availability Zone. For an instance that belongs to an Aurora or Multi-AZ DB cluster, the Multi-AZ setting of its cluster decides.',
  risk: 'A Single-AZ database goes down with its Availability Zone or host, and recovery means restoring from backups, with downtime and possible loss of recent writes.',
  remediation: {
    text: 'Convert the instance to a Multi-AZ deployment (or, for a cluster, add a replica in another Availability Zone).',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --multi-az --apply-immediately',
    terraform: 'resource "aws_db_instance" "example" {\n  # ...\n  multi_az = true\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      MultiAZ: true',
  },
  uses: [instances, clusters],
  run(ctx) {
    const clustersByRegion = new Map(ctx.regional(clusters).map(({ region, result }) => [region, result]));
    eachInstance(ctx, (i, resource, region) => {
      if (!i.clusterId) {
        if (i.multiAz) ctx.pass(resource, `RDS instance ${i.id} (${i.engine}) is a Multi-AZ deployment.`);
        else ctx.fail(resource, `RDS instance ${i.id} (${i.engine}) runs in a single Availability Zone.`);
        return;
      }
      const cl = clustersByRegion.get(region);
      if (!cl?.ok) {
        const error = cl?.error ?? { kind: 'Failed' as const, code: 'NotCollected', operation: clusters.operation, message: 'clusters not collected' };
        ctx.error(resource, error, `Could not evaluate RDS instance ${i.id}: reading its cluster ${i.clusterId} failed (${error.operation}, ${error.code}).`);
        return;
      }
      const cluster = cl.data.find((c) => c.id === i.clusterId);
      if (!cluster) {
        const error = { kind: 'Failed' as const, code: 'ClusterNotListed', operation: 'rds:DescribeDBClusters', message: `cluster ${i.clusterId} was not listed` };
        ctx.error(resource, error, `Could not evaluate RDS instance ${i.id}: its cluster ${i.clusterId} was not in the cluster list.`);
      } else if (cluster.multiAz) ctx.pass(resource, `RDS instance ${i.id} (${i.engine}) belongs to cluster ${cluster.id}, which spans multiple Availability Zones.`);
      else ctx.fail(resource, `RDS instance ${i.id} (${i.engine}) belongs to cluster ${cluster.id}, which runs in a single Availability Zone.`);
    });
  },
});

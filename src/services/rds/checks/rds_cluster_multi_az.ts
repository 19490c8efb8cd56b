import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';

export default defineCheck({
  id: 'rds_cluster_multi_az',
  title: 'RDS DB clusters are deployed across multiple Availability Zones',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ['resilience'],
  description:
    'Reports whether each Aurora or Multi-AZ DB cluster has DB instances in more than one Availability Zone, as shown by the cluster\'s MultiAZ attribute.',
  risk: 'A cluster whose instances all live in one Availability Zone has no instance to fail over to when that zone fails, so the database is unavailable until it is recreated.',
  remediation: {
    text: 'Add a reader instance in a different Availability Zone so the cluster can fail over to it.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
    cli: 'aws rds create-db-instance --db-cluster-identifier <cluster> --db-instance-identifier <cluster>-reader --engine <engine> --db-instance-class <class> --availability-zone <other-az>',
    terraform:
      'resource "aws_rds_cluster_instance" "reader" {\n  cluster_identifier = "<cluster-id>"\n  instance_class     = "<instance-class>"\n  engine             = "<engine>"\n  availability_zone  = "<other-availability-zone>"\n}',
    nativeIaC:
      'Resources:\n  ReaderInAnotherZone:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: <cluster-id>\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      AvailabilityZone: <other-availability-zone>',
  },
  uses: [clusters],
  run(ctx) {
    for (const { region, result } of ctx.regional(clusters)) {
      if (!result.ok) {
        ctx.error(ctx.accountResource(region), result.error);
        continue;
      }
      for (const c of result.data) {
        const resource = { arn: c.arn, id: c.id, region, tags: c.tags, details: { engine: c.engine } };
        if (c.multiAz) ctx.pass(resource, `RDS cluster ${c.id} (${c.engine}) has instances in multiple Availability Zones.`);
        else {
          const why = c.memberCount === 0 ? 'it has no DB instances' : `its ${c.memberCount} instance(s) are in a single Availability Zone`;
          ctx.fail(resource, `RDS cluster ${c.id} (${c.engine}) is not Multi-AZ: ${why}.`);
        }
      }
    }
  },
});

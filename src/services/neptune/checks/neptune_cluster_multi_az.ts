import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'neptune_cluster_multi_az',
  title: "Neptune clusters have instances in more than one Availability Zone",
  service: 'neptune',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["resilience"],
  description:
    "Passes each Neptune cluster whose MultiAZ attribute shows instances (a primary and replicas) in several Availability Zones.",
  risk: "A cluster in a single Availability Zone has no replica to fail over to when that zone or its primary fails.",
  remediation: {
    text: "Add a replica instance in another Availability Zone.",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/feature-overview-availability.html",
    cli: "aws neptune create-db-instance --db-cluster-identifier <cluster> --db-instance-identifier <cluster>-replica --db-instance-class <class> --engine neptune --availability-zone <other-az>",
    terraform:
      'resource "aws_neptune_cluster_instance" "replica" {\n  cluster_identifier = "<cluster-id>"\n  instance_class     = "<instance-class>"\n  availability_zone  = "<other-availability-zone>"\n}',
    nativeIaC:
      'Resources:\n  Replica:\n    Type: AWS::Neptune::DBInstance\n    Properties:\n      DBClusterIdentifier: <cluster-id>\n      DBInstanceClass: <instance-class>\n      AvailabilityZone: <other-availability-zone>',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Neptune clusters", (x, resource) => {
      const L = `Neptune cluster ${x.id}`;
      if (x.multiAz) ctx.pass(resource, `${L} has instances in multiple Availability Zones.`);
      else ctx.fail(resource, `${L} runs in a single Availability Zone (${x.memberCount} instance(s)).`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { daxClusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'dynamodb_accelerator_cluster_multi_az',
  title: "DAX clusters have nodes in several Availability Zones",
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["resilience"],
  description:
    "Passes each DAX cluster whose nodes run in more than one Availability Zone.",
  risk: "A cluster in one Availability Zone loses its cache, and its clients their read path, when that zone fails.",
  remediation: {
    text: "Add nodes in other Availability Zones (three nodes across three zones for production).",
    url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.cluster.html",
    cli: "aws dax increase-replication-factor --cluster-name <name> --new-replication-factor 3 --availability-zones <az-a> <az-b> <az-c>",
    terraform:
      'resource "aws_dax_cluster" "this" {\n  cluster_name       = "<name>"\n  node_type          = "<node-type>"\n  replication_factor = 3\n  iam_role_arn       = "<dax-role-arn>"\n  availability_zones = ["<az-a>", "<az-b>", "<az-c>"]\n}',
    nativeIaC:
      'Resources:\n  Dax:\n    Type: AWS::DAX::Cluster\n    Properties:\n      NodeType: <node-type>\n      ReplicationFactor: 3\n      IAMRoleARN: <dax-role-arn>\n      AvailabilityZones:\n        - <az-a>\n        - <az-b>\n        - <az-c>',
  },
  uses: [daxClusters],
  run(ctx) {
    eachListed(ctx, daxClusters, "DAX clusters", (x, resource) => {
      const L = `DAX cluster ${x.id}`;
      if (new Set(x.nodeZones).size > 1) ctx.pass(resource, `${L} has nodes in ${new Set(x.nodeZones).size} Availability Zones.`);
      else ctx.fail(resource, `${L} has its ${x.nodeCount} node(s) in ${new Set(x.nodeZones).size ? "a single Availability Zone" : "no reported Availability Zone"}.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { daxClusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'dynamodb_accelerator_cluster_encryption_enabled',
  title: "DAX clusters encrypt data at rest",
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["encryption"],
  description:
    "Passes each DynamoDB Accelerator (DAX) cluster with server-side encryption at rest enabled.",
  risk: "Cached items, configuration and logs on the DAX nodes stay in clear on disk.",
  remediation: {
    text: "Encryption at rest is set at creation: create a new DAX cluster with SSE enabled and move clients to it.",
    url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
    cli: "aws dax create-cluster --cluster-name <name> --node-type <type> --replication-factor 3 --iam-role-arn <role> --sse-specification Enabled=true",
    terraform:
      'resource "aws_dax_cluster" "this" {\n  cluster_name       = "<name>"\n  node_type          = "<node-type>"\n  replication_factor = 3\n  iam_role_arn       = "<dax-role-arn>"\n  server_side_encryption {\n    enabled = true\n  }\n}',
    nativeIaC:
      'Resources:\n  Dax:\n    Type: AWS::DAX::Cluster\n    Properties:\n      NodeType: <node-type>\n      ReplicationFactor: 3\n      IAMRoleARN: <dax-role-arn>\n      SSESpecification:\n        SSEEnabled: true',
  },
  uses: [daxClusters],
  run(ctx) {
    eachListed(ctx, daxClusters, "DAX clusters", (x, resource) => {
      const L = `DAX cluster ${x.id}`;
      if (x.sseStatus === "ENABLED") ctx.pass(resource, `${L} encrypts data at rest.`);
      else ctx.fail(resource, `${L} does not encrypt data at rest.`);
    });
  },
});

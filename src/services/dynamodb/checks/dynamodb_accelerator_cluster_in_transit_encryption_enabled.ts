import { defineCheck } from '../../../core/check.js';
import { daxClusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'dynamodb_accelerator_cluster_in_transit_encryption_enabled',
  title: "DAX clusters encrypt client connections with TLS",
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["encryption"],
  description:
    "Passes each DAX cluster whose endpoint encryption type is TLS.",
  risk: "Without TLS, cached items and requests travel in clear between clients and the cluster.",
  remediation: {
    text: "Endpoint encryption is set at creation: create a new DAX cluster with --cluster-endpoint-encryption-type TLS.",
    url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html",
    cli: "aws dax create-cluster --cluster-name <name> --node-type <type> --replication-factor 3 --iam-role-arn <role> --cluster-endpoint-encryption-type TLS",
    terraform:
      'resource "aws_dax_cluster" "this" {\n  cluster_name                     = "<name>"\n  node_type                        = "<node-type>"\n  replication_factor               = 3\n  iam_role_arn                     = "<dax-role-arn>"\n  cluster_endpoint_encryption_type = "TLS"\n}',
    nativeIaC:
      'Resources:\n  Dax:\n    Type: AWS::DAX::Cluster\n    Properties:\n      NodeType: <node-type>\n      ReplicationFactor: 3\n      IAMRoleARN: <dax-role-arn>\n      ClusterEndpointEncryptionType: TLS',
  },
  uses: [daxClusters],
  run(ctx) {
    eachListed(ctx, daxClusters, "DAX clusters", (x, resource) => {
      const L = `DAX cluster ${x.id}`;
      if (x.endpointEncryption === "TLS") ctx.pass(resource, `${L} requires TLS.`);
      else ctx.fail(resource, `${L} accepts unencrypted connections (${x.endpointEncryption ?? "NONE"}).`);
    });
  },
});

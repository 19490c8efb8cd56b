import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'redshift_cluster_encrypted_at_rest',
  title: "Redshift clusters encrypt data at rest",
  service: 'redshift',
  severity: 'critical',
  resourceType: 'AwsRedshiftCluster',
  categories: ["encryption"],
  description:
    "Passes each cluster whose data blocks, metadata and snapshots are encrypted.",
  risk: "An unencrypted warehouse exposes its data through its storage and snapshots.",
  remediation: {
    text: "Enable encryption with a KMS key (Redshift migrates the data in place).",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
    cli: "aws redshift modify-cluster --cluster-identifier <cluster> --encrypted --kms-key-id <key>",
    terraform:
      'resource "aws_redshift_cluster" "this" {\n  cluster_identifier = "<cluster-id>"\n  node_type          = "<node-type>"\n  encrypted          = true\n  kms_key_id         = "<kms-key-arn>"\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: multi-node\n      NodeType: <node-type>\n      DBName: <db-name>\n      MasterUsername: <admin-name>\n      MasterUserPassword: "{{resolve:secretsmanager:<admin-secret>:SecretString:password}}"\n      Encrypted: true\n      KmsKeyId: <kms-key-arn>',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Redshift clusters", (x, resource) => {
      const L = `Redshift cluster ${x.id}`;
      if (x.encrypted) ctx.pass(resource, `${L} encrypts data at rest.`);
      else ctx.fail(resource, `${L} does not encrypt data at rest.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'redshift_cluster_public_access',
  title: "Redshift clusters are not publicly accessible",
  service: 'redshift',
  severity: 'critical',
  resourceType: 'AwsRedshiftCluster',
  categories: ["internet-exposed"],
  description:
    "Fails each cluster with PubliclyAccessible on, which gives it a public IP address reachable from the internet wherever its security groups allow.",
  risk: "A publicly accessible warehouse is one security-group rule away from being open to the internet.",
  remediation: {
    text: "Turn off public accessibility and reach the cluster through the VPC (VPN, Direct Connect, bastion or Redshift-managed VPC endpoints).",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/rs-security-group-public-private.html",
    cli: "aws redshift modify-cluster --cluster-identifier <cluster> --no-publicly-accessible",
    terraform:
      'resource "aws_redshift_cluster" "this" {\n  cluster_identifier  = "<cluster-id>"\n  node_type           = "<node-type>"\n  publicly_accessible = false\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: multi-node\n      NodeType: <node-type>\n      DBName: <db-name>\n      MasterUsername: <admin-name>\n      MasterUserPassword: "{{resolve:secretsmanager:<admin-secret>:SecretString:password}}"\n      PubliclyAccessible: false',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Redshift clusters", (x, resource) => {
      const L = `Redshift cluster ${x.id}`;
      if (!x.publiclyAccessible) ctx.pass(resource, `${L} is not publicly accessible.`);
      else ctx.fail(resource, `${L} is publicly accessible${x.endpoint ? ` at ${x.endpoint}` : ""}.`);
    });
  },
});

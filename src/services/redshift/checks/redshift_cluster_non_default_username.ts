import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'redshift_cluster_non_default_username',
  title: "Redshift clusters do not use the default admin user name",
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  categories: ["identity-access"],
  description:
    "Fails each cluster whose admin user is awsuser, the default.",
  risk: "A default user name leaves only the password to guess.",
  remediation: {
    text: "Create a new cluster from a snapshot with a custom admin user name.",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/create-cluster.html",
    cli: "aws redshift restore-from-cluster-snapshot --cluster-identifier <new> --snapshot-identifier <snapshot>  # then create a custom admin user",
    terraform:
      'resource "aws_redshift_cluster" "this" {\n  cluster_identifier      = "<cluster-id>"\n  node_type               = "<node-type>"\n  master_username         = "<custom-admin-name>"\n  manage_master_password  = true\n  snapshot_identifier     = "<snapshot-id>"\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: multi-node\n      NodeType: <node-type>\n      DBName: <db-name>\n      MasterUsername: <custom-admin-name>\n      MasterUserPassword: "{{resolve:secretsmanager:<admin-secret>:SecretString:password}}"\n      SnapshotIdentifier: <snapshot-id>',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Redshift clusters", (x, resource) => {
      const L = `Redshift cluster ${x.id}`;
      if (x.masterUsername !== "awsuser") ctx.pass(resource, `${L} uses a custom admin user name.`);
      else ctx.fail(resource, `${L} uses the default admin user name awsuser.`);
    });
  },
});

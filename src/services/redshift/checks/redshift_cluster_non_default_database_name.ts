import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'redshift_cluster_non_default_database_name',
  title: "Redshift clusters do not use the default database name",
  service: 'redshift',
  severity: 'low',
  resourceType: 'AwsRedshiftCluster',
  categories: ["vulnerabilities"],
  description:
    "Fails each cluster whose database is named dev, the default.",
  risk: "The default name is what attackers and scripts try first.",
  remediation: {
    text: "Create the cluster (or a new database) with a custom name and move the data.",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/create-cluster.html",
    cli: "aws redshift create-cluster --cluster-identifier <new> --db-name <custom-name> ...",
    terraform:
      'resource "aws_redshift_cluster" "this" {\n  cluster_identifier = "<cluster-id>"\n  node_type          = "<node-type>"\n  database_name      = "<custom-db-name>"\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: multi-node\n      NodeType: <node-type>\n      DBName: <custom-db-name>\n      MasterUsername: <admin-name>\n      MasterUserPassword: "{{resolve:secretsmanager:<admin-secret>:SecretString:password}}"',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Redshift clusters", (x, resource) => {
      const L = `Redshift cluster ${x.id}`;
      if (x.dbName !== "dev") ctx.pass(resource, `${L} uses the database name ${x.dbName}.`);
      else ctx.fail(resource, `${L} uses the default database name dev.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'redshift_cluster_automatic_upgrades',
  title: "Redshift clusters receive major version upgrades automatically",
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  categories: ["vulnerabilities"],
  description:
    "Passes each cluster that allows engine upgrades to be applied during its maintenance window.",
  risk: "A cluster that is never upgraded keeps known defects and security issues.",
  remediation: {
    text: "Enable AllowVersionUpgrade.",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-operations.html",
    cli: "aws redshift modify-cluster --cluster-identifier <cluster> --allow-version-upgrade",
    terraform:
      'resource "aws_redshift_cluster" "this" {\n  cluster_identifier    = "<cluster-id>"\n  node_type             = "<node-type>"\n  allow_version_upgrade = true\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: multi-node\n      NodeType: <node-type>\n      DBName: <db-name>\n      MasterUsername: <admin-name>\n      MasterUserPassword: "{{resolve:secretsmanager:<admin-secret>:SecretString:password}}"\n      AllowVersionUpgrade: true',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Redshift clusters", (x, resource) => {
      const L = `Redshift cluster ${x.id}`;
      if (x.allowVersionUpgrade) ctx.pass(resource, `${L} applies version upgrades automatically.`);
      else ctx.fail(resource, `${L} does not apply version upgrades automatically.`);
    });
  },
});

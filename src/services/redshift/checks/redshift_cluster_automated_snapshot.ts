import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'redshift_cluster_automated_snapshot',
  title: "Redshift clusters take automated snapshots",
  service: 'redshift',
  severity: 'high',
  resourceType: 'AwsRedshiftCluster',
  categories: ["resilience"],
  description:
    "Passes each cluster whose automated snapshot retention period is at least one day.",
  risk: "Without automated snapshots, a dropped table or corrupted load cannot be recovered to a recent point.",
  remediation: {
    text: "Set an automated snapshot retention period of 7 days or more.",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html",
    cli: "aws redshift modify-cluster --cluster-identifier <cluster> --automated-snapshot-retention-period 7",
    terraform:
      'resource "aws_redshift_cluster" "this" {\n  cluster_identifier                  = "<cluster-id>"\n  node_type                           = "<node-type>"\n  automated_snapshot_retention_period = 7\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: multi-node\n      NodeType: <node-type>\n      DBName: <db-name>\n      MasterUsername: <admin-name>\n      MasterUserPassword: "{{resolve:secretsmanager:<admin-secret>:SecretString:password}}"\n      AutomatedSnapshotRetentionPeriod: 7',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Redshift clusters", (x, resource) => {
      const L = `Redshift cluster ${x.id}`;
      if (x.automatedSnapshotRetentionPeriod > 0) ctx.pass(resource, `${L} keeps automated snapshots for ${x.automatedSnapshotRetentionPeriod} day(s).`);
      else ctx.fail(resource, `${L} has automated snapshots turned off.`);
    });
  },
});

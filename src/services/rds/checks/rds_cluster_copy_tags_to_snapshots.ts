import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachCluster } from '../instances.js';

export default defineCheck({
  id: 'rds_cluster_copy_tags_to_snapshots',
  title: "RDS DB clusters copy their tags to snapshots",
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbCluster',
  categories: [],
  description:
    "Passes each DB cluster that copies its tags to the cluster snapshots it creates.",
  risk: "Snapshots without tags escape tag-based access control, cost allocation and retention automation.",
  remediation: {
    text: "Enable CopyTagsToSnapshot on the cluster.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html",
    cli: "aws rds modify-db-cluster --db-cluster-identifier <cluster> --copy-tags-to-snapshot --apply-immediately",
    terraform:
      'resource "aws_rds_cluster" "this" {\n  cluster_identifier    = "<cluster-id>"\n  engine                = "<engine>"\n  copy_tags_to_snapshot = true\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: <engine>\n      CopyTagsToSnapshot: true',
  },
  uses: [clusters],
  run(ctx) {
    eachCluster(ctx, (x, resource) => {
      const L = `RDS cluster ${x.id} (${x.engine})`;
      if (Boolean(x.copyTagsToSnapshot)) ctx.pass(resource, `${L} copies its tags to snapshots.`);
      else ctx.fail(resource, `${L} does not copy its tags to snapshots.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachCluster } from '../instances.js';

export default defineCheck({
  id: 'rds_cluster_backtrack_enabled',
  title: "Aurora MySQL clusters have Backtrack enabled",
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbCluster',
  categories: ["resilience"],
  description:
    "Passes each Aurora MySQL DB cluster with a backtrack window above zero, so it can be rewound in place to a point in time. Other engines do not support Backtrack and are not reported.",
  risk: "Without Backtrack, undoing a destructive statement means a full point-in-time restore into a new cluster, which takes much longer.",
  remediation: {
    text: "Enable Backtrack with a target window (for example 24 hours).",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html",
    cli: "aws rds modify-db-cluster --db-cluster-identifier <cluster> --backtrack-window 86400 --apply-immediately",
    terraform:
      'resource "aws_rds_cluster" "this" {\n  cluster_identifier = "<cluster-id>"\n  engine             = "aurora-mysql"\n  backtrack_window   = 86400\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      BacktrackWindow: 86400',
  },
  uses: [clusters],
  run(ctx) {
    eachCluster(ctx, (x, resource) => {
      if (!/^aurora(-mysql)?$/.test(x.engine)) return;
      const L = `RDS cluster ${x.id} (${x.engine})`;
      if ((x.backtrackWindow ?? 0) > 0) ctx.pass(resource, `${L} has a backtrack window of ${x.backtrackWindow} seconds.`);
      else ctx.fail(resource, `${L} does not have Backtrack enabled.`);
    });
  },
});

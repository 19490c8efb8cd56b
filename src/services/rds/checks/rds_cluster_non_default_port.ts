import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachCluster, defaultPort } from '../instances.js';

export default defineCheck({
  id: 'rds_cluster_non_default_port',
  title: "RDS DB clusters listen on a non-default port",
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbCluster',
  categories: [],
  description:
    "Fails each DB cluster that listens on its engine's well-known port (3306 for MySQL-compatible, 5432 for PostgreSQL-compatible).",
  risk: "Scanners probe default database ports first, so an exposed cluster on a well-known port is found sooner.",
  remediation: {
    text: "Change the cluster port.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Modifying.html",
    cli: "aws rds modify-db-cluster --db-cluster-identifier <cluster> --port <port> --apply-immediately",
    terraform:
      'resource "aws_rds_cluster" "this" {\n  cluster_identifier = "<cluster-id>"\n  engine             = "<engine>"\n  port               = "<non-default-port>"\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: <engine>\n      Port: <non-default-port>',
  },
  uses: [clusters],
  run(ctx) {
    eachCluster(ctx, (x, resource) => {
      if (defaultPort(x.engine) === undefined || x.port === undefined) return;
      const L = `RDS cluster ${x.id} (${x.engine})`;
      if (x.port !== defaultPort(x.engine)) ctx.pass(resource, `${L} listens on port ${x.port}, not the engine default.`);
      else ctx.fail(resource, `${L} listens on the default port ${x.port}.`);
    });
  },
});

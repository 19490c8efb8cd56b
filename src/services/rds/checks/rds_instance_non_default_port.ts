import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance, defaultPort } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_non_default_port',
  title: "RDS DB instances listen on a non-default port",
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbInstance',
  categories: [],
  description:
    "Fails each standalone DB instance that listens on its engine's well-known port (3306 MySQL/MariaDB, 5432 PostgreSQL, 1521 Oracle, 1433 SQL Server, 50000 Db2). Instances that belong to an Aurora or Multi-AZ DB cluster take this setting from their cluster and are judged by the cluster check.",
  risk: "Scanners probe the default database ports first; a well-known port makes an exposed database easier to find and attack.",
  remediation: {
    text: "Change the database port (this requires a short outage and client configuration changes).",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html",
    cli: "aws rds modify-db-instance --db-instance-identifier <instance> --db-port-number <port> --apply-immediately",
    terraform:
      'resource "aws_db_instance" "this" {\n  identifier     = "<db-id>"\n  instance_class = "<instance-class>"\n  engine         = "<engine>"\n  port           = "<non-default-port>"\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      Port: <non-default-port>',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (x, resource) => {
      if (x.clusterId !== undefined || defaultPort(x.engine) === undefined || x.port === undefined) return;
      const L = `RDS instance ${x.id} (${x.engine})`;
      if (x.port !== defaultPort(x.engine)) ctx.pass(resource, `${L} listens on port ${x.port}, not the engine default.`);
      else ctx.fail(resource, `${L} listens on the default port ${x.port}.`);
    });
  },
});

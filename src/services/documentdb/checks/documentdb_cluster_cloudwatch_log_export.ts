import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'documentdb_cluster_cloudwatch_log_export',
  title: "DocumentDB clusters export audit and profiler logs to CloudWatch Logs",
  service: 'documentdb',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["logging"],
  description:
    "Passes each DocumentDB cluster that exports both its audit and profiler logs to CloudWatch Logs; exporting only one of them fails, naming the missing one.",
  risk: "Without audit logs there is no record of authentication and data-definition events; without profiler logs slow or abusive operations go unseen.",
  remediation: {
    text: "Enable the audit_logs and profiler cluster parameters and export both log types.",
    url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html",
    cli: "aws docdb modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration '{\"EnableLogTypes\":[\"audit\",\"profiler\"]}' --apply-immediately",
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "DocumentDB clusters", (x, resource) => {
      const L = `DocumentDB cluster ${x.id}`;
      if (["audit", "profiler"].every((t) => x.cloudwatchLogs.includes(t))) ctx.pass(resource, `${L} exports its audit and profiler logs to CloudWatch Logs.`);
      else ctx.fail(resource, `${L} does not export its ${["audit", "profiler"].filter((t) => !x.cloudwatchLogs.includes(t)).join(" and ")} log(s) to CloudWatch Logs.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import type { CallError } from '../../../core/types.js';
import { clusters, instances, sslParameters, type SslSettings } from '../collectors.js';
import { eachInstance } from '../instances.js';

/** The parameter that forces TLS on an engine, or undefined when TLS is not enforced through parameters. */
export function tlsParameterFor(engine: string): 'rds.force_ssl' | 'require_secure_transport' | undefined {
  if (engine === 'postgres' || engine === 'aurora-postgresql' || engine.startsWith('sqlserver-')) return 'rds.force_ssl';
  if (engine === 'mysql' || engine === 'mariadb' || engine === 'aurora-mysql' || engine === 'aurora') return 'require_secure_transport';
  return undefined;
}

const ENABLED = new Set(['1', 'on', 'true']);
const missing = (operation: string, message: string): CallError => ({ kind: 'Failed', code: 'NotCollected', operation, message });

export default defineCheck({
  id: 'rds_instance_transport_encrypted',
  title: 'RDS DB instances refuse connections that are not encrypted in transit',
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbInstance',
  categories: ['encryption'],
  description:
    'Reads the parameter that makes the engine reject plaintext connections: rds.force_ssl for PostgreSQL and SQL Server, require_secure_transport for MySQL and MariaDB. Standalone instances are judged by their DB parameter group; Aurora and Multi-AZ cluster members by their cluster parameter group. Oracle, Db2 and RDS Custom instances are reported for manual review.',
  risk: 'When the engine accepts plaintext sessions, any client that does not insist on TLS sends credentials and query results unencrypted, where they can be captured or altered on the network path.',
  remediation: {
    text: 'Set rds.force_ssl to 1 (PostgreSQL, SQL Server) or require_secure_transport to ON (MySQL, MariaDB) in a custom parameter group attached to the instance, or in the cluster parameter group for Aurora, then reboot if the parameter is static for the engine.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html',
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <group> --parameters "ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=pending-reboot"',
    terraform:
      'resource "aws_db_parameter_group" "tls" {\n  # ...\n  parameter {\n    name         = "rds.force_ssl"\n    value        = "1"\n    apply_method = "pending-reboot"\n  }\n}',
    nativeIaC:
      'Resources:\n  ForceTls:\n    Type: AWS::RDS::DBParameterGroup\n    Properties:\n      Description: Require TLS for every connection\n      Family: postgres16\n      Parameters:\n        rds.force_ssl: \'1\'',
  },
  uses: [instances, clusters, sslParameters],
  run(ctx) {
    const ssl = new Map(ctx.regional(sslParameters).map(({ region, result }) => [region, result]));
    const cls = new Map(ctx.regional(clusters).map(({ region, result }) => [region, result]));
    eachInstance(ctx, (i, resource, region) => {
      const param = tlsParameterFor(i.engine);
      if (!param) {
        ctx.manual(
          resource,
          `RDS instance ${i.id} runs ${i.engine}, whose TLS enforcement is not a parameter prowl reads: verify that it only accepts encrypted connections (for Oracle, the SSL or native network encryption options of its option group).`,
        );
        return;
      }
      const fail = (error: CallError, what: string) => ctx.error(resource, error, `Could not evaluate RDS instance ${i.id}: ${what} (${error.operation}, ${error.code}).`);
      const params = ssl.get(region);
      if (!params?.ok) return fail(params?.error ?? missing(sslParameters.operation, 'not collected'), 'its parameter groups could not be read');

      let kind: string;
      let groups: string[];
      let lookup: Record<string, { ok: true; data: SslSettings } | { ok: false; error: CallError }>;
      if (i.clusterId) {
        const cl = cls.get(region);
        if (!cl?.ok) return fail(cl?.error ?? missing(clusters.operation, 'not collected'), `its cluster ${i.clusterId} could not be read`);
        const cluster = cl.data.find((c) => c.id === i.clusterId);
        if (!cluster?.parameterGroup) return fail(missing(clusters.operation, `cluster ${i.clusterId} not listed`), `the parameter group of cluster ${i.clusterId} is unknown`);
        kind = 'cluster parameter group';
        groups = [cluster.parameterGroup];
        lookup = params.data.clusterParameterGroups;
      } else {
        kind = 'parameter group';
        groups = i.parameterGroups;
        lookup = params.data.dbParameterGroups;
      }
      if (groups.length === 0) return fail(missing(instances.operation, 'no parameter group'), 'it lists no parameter group');
      const values: Array<[string, string | null | undefined]> = [];
      for (const g of groups) {
        const r = lookup[g];
        if (!r) return fail(missing(sslParameters.operation, `group ${g} not collected`), `${kind} ${g} was not read`);
        if (!r.ok) return fail(r.error, `reading ${kind} ${g} failed`);
        values.push([g, r.data[param]]);
      }
      const enforcing = values.find(([, v]) => v != null && ENABLED.has(v.toLowerCase()));
      if (enforcing) {
        ctx.pass(resource, `RDS instance ${i.id} (${i.engine}) requires TLS: ${param} is ${enforcing[1]} in ${kind} ${enforcing[0]}.`);
      } else {
        const [g, v] = values[0];
        ctx.fail(resource, `RDS instance ${i.id} (${i.engine}) accepts unencrypted connections: ${param} is ${v == null ? 'not set' : v} in ${kind} ${g}.`);
      }
    });
  },
});

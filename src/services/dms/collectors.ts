/**
 * DMS collectors: DescribeReplicationInstances, DescribeEndpoints and DescribeReplicationTasks, each one
 * paginated listing per region. The endpoint and task facts keep only the settings the checks judge.
 */
import { defineFact } from '../../core/fact.js';

export interface ReplicationInstance {
  id: string;
  arn: string;
  publiclyAccessible: boolean;
  multiAz: boolean;
  autoMinorVersionUpgrade: boolean;
  engineVersion?: string;
  vpcId?: string;
  /** Subnets of the instance's replication subnet group (its network interface sits in one of them). */
  subnetIds: string[];
  securityGroupIds: string[];
  publicIps: string[];
}

export interface DmsEndpoint {
  id: string;
  arn: string;
  /** Source or target. */
  type?: string;
  /** mysql, postgres, mongodb, redis, neptune, s3... */
  engine: string;
  /** none, require, verify-ca, verify-full (absent when the engine has no such setting). */
  sslMode?: string;
  /** MongoDbSettings.AuthType: no or password. */
  mongoAuthType?: string;
  /** NeptuneSettings.IamAuthEnabled. */
  neptuneIamAuth?: boolean;
  /** RedisSettings.SslSecurityProtocol: plaintext or ssl-encryption. */
  redisSslProtocol?: string;
}

export interface LogComponent {
  id: string;
  severity: string;
}

export interface ReplicationTask {
  id: string;
  arn: string;
  status?: string;
  /** full-load, cdc or full-load-and-cdc. */
  migrationType?: string;
  /** Logging.EnableLogging of the task settings. */
  loggingEnabled: boolean;
  logComponents: LogComponent[];
  /** The task settings were present but not valid JSON. */
  settingsUnreadable?: boolean;
}

export const replicationInstances = defineFact<ReplicationInstance[]>({
  id: 'dms.replicationInstances',
  service: 'dms',
  scope: 'regional',
  operation: 'dms:DescribeReplicationInstances',
  async collect(ctx) {
    const { paginateDescribeReplicationInstances } = await import('@aws-sdk/client-database-migration-service');
    const client = await ctx.client('dms');
    const out: ReplicationInstance[] = [];
    for await (const page of paginateDescribeReplicationInstances({ client, pageSize: 100 }, {})) {
      for (const r of page.ReplicationInstances ?? []) {
        if (!r.ReplicationInstanceIdentifier) continue;
        const group = r.ReplicationSubnetGroup;
        out.push({
          id: r.ReplicationInstanceIdentifier,
          arn: r.ReplicationInstanceArn ?? `arn:${ctx.account.partition}:dms:${ctx.region}:${ctx.account.accountId}:rep:${r.ReplicationInstanceIdentifier}`,
          publiclyAccessible: Boolean(r.PubliclyAccessible),
          multiAz: Boolean(r.MultiAZ),
          autoMinorVersionUpgrade: Boolean(r.AutoMinorVersionUpgrade),
          ...(r.EngineVersion ? { engineVersion: r.EngineVersion } : {}),
          ...(group?.VpcId ? { vpcId: group.VpcId } : {}),
          subnetIds: (group?.Subnets ?? []).flatMap((s) => (s.SubnetIdentifier ? [s.SubnetIdentifier] : [])),
          securityGroupIds: (r.VpcSecurityGroups ?? []).flatMap((g) => (g.VpcSecurityGroupId ? [g.VpcSecurityGroupId] : [])),
          publicIps: [...new Set([...(r.ReplicationInstancePublicIpAddresses ?? []), r.ReplicationInstancePublicIpAddress].filter((x): x is string => !!x && x !== '0.0.0.0'))],
        });
      }
    }
    return out;
  },
});

export const endpoints = defineFact<DmsEndpoint[]>({
  id: 'dms.endpoints',
  service: 'dms',
  scope: 'regional',
  operation: 'dms:DescribeEndpoints',
  async collect(ctx) {
    const { paginateDescribeEndpoints } = await import('@aws-sdk/client-database-migration-service');
    const client = await ctx.client('dms');
    const out: DmsEndpoint[] = [];
    for await (const page of paginateDescribeEndpoints({ client, pageSize: 100 }, {})) {
      for (const e of page.Endpoints ?? []) {
        if (!e.EndpointIdentifier) continue;
        out.push({
          id: e.EndpointIdentifier,
          arn: e.EndpointArn ?? `arn:${ctx.account.partition}:dms:${ctx.region}:${ctx.account.accountId}:endpoint:${e.EndpointIdentifier}`,
          ...(e.EndpointType ? { type: e.EndpointType.toLowerCase() } : {}),
          engine: (e.EngineName ?? '').toLowerCase(),
          ...(e.SslMode ? { sslMode: e.SslMode } : {}),
          ...(e.MongoDbSettings?.AuthType ? { mongoAuthType: e.MongoDbSettings.AuthType } : {}),
          ...(e.NeptuneSettings ? { neptuneIamAuth: Boolean(e.NeptuneSettings.IamAuthEnabled) } : {}),
          ...(e.RedisSettings?.SslSecurityProtocol ? { redisSslProtocol: e.RedisSettings.SslSecurityProtocol } : {}),
        });
      }
    }
    return out;
  },
});

/** The logging part of a task's settings document (JSON); undefined when it is not valid JSON. */
export function parseTaskLogging(settings: string | undefined): Pick<ReplicationTask, 'loggingEnabled' | 'logComponents'> | undefined {
  if (!settings) return { loggingEnabled: false, logComponents: [] };
  let doc: unknown;
  try {
    doc = JSON.parse(settings);
  } catch {
    return undefined;
  }
  const logging = (doc as { Logging?: { EnableLogging?: unknown; LogComponents?: unknown } } | null)?.Logging;
  const comps = Array.isArray(logging?.LogComponents) ? (logging.LogComponents as Array<{ Id?: unknown; Severity?: unknown }>) : [];
  return {
    loggingEnabled: logging?.EnableLogging === true,
    logComponents: comps.flatMap((c) => (typeof c?.Id === 'string' ? [{ id: c.Id, severity: typeof c.Severity === 'string' ? c.Severity : '' }] : [])),
  };
}

export const replicationTasks = defineFact<ReplicationTask[]>({
  id: 'dms.replicationTasks',
  service: 'dms',
  scope: 'regional',
  operation: 'dms:DescribeReplicationTasks',
  async collect(ctx) {
    const { paginateDescribeReplicationTasks } = await import('@aws-sdk/client-database-migration-service');
    const client = await ctx.client('dms');
    const out: ReplicationTask[] = [];
    for await (const page of paginateDescribeReplicationTasks({ client, pageSize: 100 }, {})) {
      for (const t of page.ReplicationTasks ?? []) {
        if (!t.ReplicationTaskIdentifier) continue;
        const logging = parseTaskLogging(t.ReplicationTaskSettings);
        out.push({
          id: t.ReplicationTaskIdentifier,
          arn: t.ReplicationTaskArn ?? `arn:${ctx.account.partition}:dms:${ctx.region}:${ctx.account.accountId}:task:${t.ReplicationTaskIdentifier}`,
          ...(t.Status ? { status: t.Status } : {}),
          ...(t.MigrationType ? { migrationType: t.MigrationType } : {}),
          ...(logging ?? { loggingEnabled: false, logComponents: [], settingsUnreadable: true }),
        });
      }
    }
    return out;
  },
});

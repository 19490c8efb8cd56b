/** Shared walk over the RDS instances of every scanned region, for the per-instance checks. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { clusters, instances, type DbCluster, type DbInstance } from './collectors.js';
import { listed } from '../../lib/resource-policy.js';

export const instanceResource = (i: DbInstance, region: string): ResourceRef => ({
  arn: i.arn,
  id: i.id,
  region,
  tags: i.tags,
  details: { engine: i.engine, ...(i.clusterId ? { cluster: i.clusterId } : {}) },
});

/**
 * Calls `visit` for every instance. A region whose instance list could not be read gets one ERROR
 * finding on the account; a region with no instances gets nothing.
 */
export function eachInstance(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: EvalContext<any>,
  visit: (instance: DbInstance, resource: ResourceRef, region: string) => void,
): void {
  for (const { region, result } of ctx.regional(instances)) {
    if (!result.ok) {
      ctx.error(ctx.accountResource(region), result.error);
      continue;
    }
    for (const i of result.data) visit(i, instanceResource(i, region), region);
  }
}

export const clusterResource = (c: DbCluster, region: string): ResourceRef => ({
  arn: c.arn,
  id: c.id,
  region,
  tags: c.tags,
  details: { engine: c.engine },
});

/** Calls `visit` for every DB cluster; a region whose cluster list could not be read gets one ERROR on the account. */
export function eachCluster(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: EvalContext<any>,
  visit: (cluster: DbCluster, resource: ResourceRef, region: string) => void,
): void {
  for (const { region, result } of ctx.regional(clusters)) {
    for (const c of listed(ctx, region, result, 'RDS DB clusters')) visit(c, clusterResource(c, region), region);
  }
}

/** The port each engine listens on unless told otherwise. */
export function defaultPort(engine: string): number | undefined {
  const e = engine.toLowerCase();
  if (e.includes('mysql') || e.includes('mariadb') || e === 'aurora') return 3306;
  if (e.includes('postgres')) return 5432;
  if (e.startsWith('oracle')) return 1521;
  if (e.startsWith('sqlserver')) return 1433;
  if (e.startsWith('db2')) return 50000;
  return undefined;
}

/**
 * Master user names that engines or consoles suggest by default, which attackers try first: admin
 * (MySQL, MariaDB, SQL Server, Oracle console default), postgres, root, sa, master, administrator.
 */
export const DEFAULT_ADMIN_NAMES = ['admin', 'postgres', 'root', 'sa', 'master', 'administrator'];

/** Engines whose databases accept IAM database authentication. */
export const supportsIamAuth = (engine: string): boolean => /mysql|mariadb|postgres|^aurora$/.test(engine.toLowerCase());

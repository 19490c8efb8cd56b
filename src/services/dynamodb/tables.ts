/** Walk over the DynamoDB tables of every scanned region, with an ERROR for a table DescribeTable could not read. */
import type { EvalContext } from '../../core/check.js';
import { describeCallError, type ResourceRef, type Result } from '../../core/types.js';
import { entryFor } from '../../lib/resource-policy.js';
import { eachListed } from '../rds/listing.js';
import { tables, type Table } from './collectors.js';
import type { Fact } from '../../core/fact.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

export function eachTable(ctx: Ctx, visit: (t: Table, resource: ResourceRef, region: string) => void): void {
  eachListed(ctx, tables, 'DynamoDB tables', (t, resource, region) => {
    if (t.describeError) ctx.error(resource, t.describeError, `Could not describe DynamoDB table ${t.name}: ${describeCallError(t.describeError)}.`);
    else visit(t, resource, region);
  });
}

/** Every table with its entry of a per-table fact (keyed by table ARN); an unreadable entry is an ERROR. */
export function eachTableWith<T>(ctx: Ctx, fact: Fact<Record<string, Result<T>>>, visit: (t: Table, data: T, resource: ResourceRef) => void): void {
  const byRegion = new Map(ctx.regional(fact).map(({ region, result }) => [region, result]));
  eachListed(ctx, tables, 'DynamoDB tables', (t, resource, region) => {
    const e = entryFor(byRegion.get(region) ?? { ok: true, data: {} }, t.arn, fact.operation);
    if (!e.ok) ctx.error(resource, e.error, `Could not evaluate DynamoDB table ${t.name}: ${describeCallError(e.error)}.`);
    else visit(t, e.data, resource);
  });
}

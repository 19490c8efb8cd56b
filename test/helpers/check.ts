/**
 * Fixture helpers for check tests: build an inventory from plain data (or call errors) and run one
 * check over it, with no AWS and no emulator. A check test states the facts and asserts the verdicts.
 */
import type { Check, Params } from '../../src/core/check.js';
import { evaluate } from '../../src/core/evaluate.js';
import type { Fact } from '../../src/core/fact.js';
import { Inventory, INVENTORY_FORMAT } from '../../src/core/inventory.js';
import type { CallError, Finding, Result } from '../../src/core/types.js';
import { buildComplianceIndex } from '../../src/compliance/index.js';

export const ACCOUNT = '123456789012';
export const HOME = 'us-east-1';

export function denied(operation: string): CallError {
  return { kind: 'AccessDenied', code: 'AccessDenied', operation, message: 'User is not authorized to perform this operation' };
}

type FactValue<T> = T | { error: CallError };

export class FixtureInventory {
  readonly inventory: Inventory;
  constructor(regions: string[] = [HOME], now = new Date('2026-11-01T12:00:00Z')) {
    this.inventory = new Inventory({
      format: INVENTORY_FORMAT,
      prowlVersion: 'test',
      account: { accountId: ACCOUNT, partition: 'aws', identityArn: `arn:aws:iam::${ACCOUNT}:user/auditor` },
      homeRegion: regions[0],
      regions,
      startedAt: now.toISOString(),
      finishedAt: now.toISOString(),
    });
  }
  /** Set a global fact, or a regional fact in every region (or the given ones). */
  set<T>(fact: Fact<T>, value: FactValue<T>, regions?: string[]): this {
    const result: Result<T> =
      value && typeof value === 'object' && 'error' in (value as object) && Object.keys(value as object).length === 1
        ? { ok: false, error: (value as { error: CallError }).error }
        : { ok: true, data: value as T };
    if (fact.scope === 'global') this.inventory.set(fact, HOME, result);
    else for (const r of regions ?? this.inventory.meta.regions) this.inventory.set(fact, r, result);
    return this;
  }
}

/** Run one check over a fixture inventory. */
export function runCheck(
  check: Check<any>,
  fixture: FixtureInventory,
  options: { config?: Record<string, Params>; frameworksInScope?: string[] } = {},
): Finding[] {
  return [...evaluate([check as Check], fixture.inventory, { compliance: buildComplianceIndex(), ...options })];
}

/** Statuses of findings keyed by resource id, for compact assertions. */
export function statusById(findings: Finding[]): Record<string, string> {
  return Object.fromEntries(findings.map((f) => [f.resource.id, f.status]));
}

/**
 * PASS/FAIL/ERROR cases shared by the "one listed resource, one verdict" checks: each case is a compliant
 * fixture changed field by field; "skip" fixtures are not applicable and get no finding; a denied listing
 * is one ERROR for the region's account naming the call.
 */
import { expect, it } from 'vitest';
import type { Check } from '../../core/check.js';
import type { Fact } from '../../core/fact.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../test/helpers/check.js';

export interface ListCases<T> {
  pass: Partial<T>[];
  fail: Partial<T>[];
  skip?: Partial<T>[];
  failSays?: string;
  passSays?: string;
  /** Other facts the check reads, set before running. */
  extra?: (fx: FixtureInventory) => FixtureInventory;
}

export function listCases<T extends { id: string }>(
  check: Check<any>,
  fact: Fact<T[]>,
  make: (id: string, o: Partial<T>) => T,
  c: ListCases<T>,
): void {
  const extra = c.extra ?? ((fx: FixtureInventory) => fx);
  it(`PASS for ${c.pass.length} compliant and FAIL for ${c.fail.length} non-compliant resource(s)${c.skip ? `; ${c.skip.length} not applicable` : ''}`, () => {
    const items = [
      ...c.pass.map((o, i) => make(`pass-${i}`, o)),
      ...c.fail.map((o, i) => make(`fail-${i}`, o)),
      ...(c.skip ?? []).map((o, i) => make(`skip-${i}`, o)),
    ];
    const findings = runCheck(check, extra(new FixtureInventory().set(fact, items)));
    expect(statusById(findings)).toEqual(Object.fromEntries([...c.pass.map((_, i) => [`pass-${i}`, 'PASS']), ...c.fail.map((_, i) => [`fail-${i}`, 'FAIL'])]));
    const fail = findings.find((f) => f.status === 'FAIL');
    expect(fail?.statusExtended).toContain('fail-0');
    if (c.failSays) expect(fail?.statusExtended).toContain(c.failSays);
    if (c.passSays) expect(findings.find((f) => f.status === 'PASS')?.statusExtended).toContain(c.passSays);
  });
  it(`ERROR for the region when ${fact.operation} was denied`, () => {
    const findings = runCheck(check, extra(new FixtureInventory().set(fact, { error: denied(fact.operation) })));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain(fact.operation);
  });
}

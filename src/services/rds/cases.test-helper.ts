/**
 * PASS/FAIL/ERROR cases shared by the RDS checks that judge one instance or cluster attribute: each case
 * is a compliant fixture changed field by field; "skip" fixtures are not applicable and get no finding;
 * a denied listing is one ERROR for the region's account naming the call.
 */
import { expect, it } from 'vitest';
import type { Check } from '../../core/check.js';
import { clusters, instances, type DbCluster, type DbInstance } from './collectors.js';
import { makeDbCluster, makeDbInstance } from './test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../test/helpers/check.js';

interface Cases<T> {
  pass: Partial<T>[];
  fail: Partial<T>[];
  skip?: Partial<T>[];
  /** Text the first FAIL message must contain. */
  failSays?: string;
  passSays?: string;
}

function expected<T>(c: Cases<T>): Record<string, string> {
  return Object.fromEntries([...c.pass.map((_, i) => [`pass-${i}`, 'PASS']), ...c.fail.map((_, i) => [`fail-${i}`, 'FAIL'])]);
}

function named<T>(c: Cases<T>, make: (id: string, o: Partial<T>) => T): T[] {
  return [
    ...c.pass.map((o, i) => make(`pass-${i}`, o)),
    ...c.fail.map((o, i) => make(`fail-${i}`, o)),
    ...(c.skip ?? []).map((o, i) => make(`skip-${i}`, o)),
  ];
}

export function instanceCases(check: Check<any>, c: Cases<DbInstance>, extra: (fx: FixtureInventory) => FixtureInventory = (fx) => fx): void {
  it(`PASS for ${c.pass.length} compliant and FAIL for ${c.fail.length} non-compliant instance(s)${c.skip ? `; ${c.skip.length} not applicable` : ''}`, () => {
    const findings = runCheck(check, extra(new FixtureInventory().set(instances, named(c, makeDbInstance)).set(clusters, [])));
    expect(statusById(findings)).toEqual(expected(c));
    const fail = findings.find((f) => f.status === 'FAIL');
    expect(fail?.statusExtended).toContain('fail-0');
    if (c.failSays) expect(fail?.statusExtended).toContain(c.failSays);
    if (c.passSays) expect(findings.find((f) => f.status === 'PASS')?.statusExtended).toContain(c.passSays);
    expect(fail?.resource.arn).toBe('arn:aws:rds:us-east-1:123456789012:db:fail-0');
  });
  it('ERROR for the region when DescribeDBInstances was denied', () => {
    const findings = runCheck(check, extra(new FixtureInventory().set(instances, { error: denied('rds:DescribeDBInstances') }).set(clusters, [])));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('rds:DescribeDBInstances');
  });
}

export function clusterCases(check: Check<any>, c: Cases<DbCluster>, extra: (fx: FixtureInventory) => FixtureInventory = (fx) => fx): void {
  it(`PASS for ${c.pass.length} compliant and FAIL for ${c.fail.length} non-compliant cluster(s)${c.skip ? `; ${c.skip.length} not applicable` : ''}`, () => {
    const findings = runCheck(check, extra(new FixtureInventory().set(clusters, named(c, makeDbCluster)).set(instances, [])));
    expect(statusById(findings)).toEqual(expected(c));
    const fail = findings.find((f) => f.status === 'FAIL');
    expect(fail?.statusExtended).toContain('fail-0');
    if (c.failSays) expect(fail?.statusExtended).toContain(c.failSays);
    if (c.passSays) expect(findings.find((f) => f.status === 'PASS')?.statusExtended).toContain(c.passSays);
    expect(fail?.resource.arn).toBe('arn:aws:rds:us-east-1:123456789012:cluster:fail-0');
  });
  it('ERROR for the region when DescribeDBClusters was denied', () => {
    const findings = runCheck(check, extra(new FixtureInventory().set(clusters, { error: denied('rds:DescribeDBClusters') }).set(instances, [])));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('rds:DescribeDBClusters');
  });
}

/**
 * PASS/FAIL/ERROR cases shared by the S3 checks that judge one per-bucket facet: each named bucket gets
 * the given facet value and the expected verdict; a bucket whose facet was denied is an ERROR naming the
 * call; a denied bucket list is one ERROR for the account.
 */
import { expect, it } from 'vitest';
import type { Check } from '../../core/check.js';
import type { Fact } from '../../core/fact.js';
import { buckets, type PerBucket } from './collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../test/helpers/check.js';

export const bucket = (name: string, region = 'us-east-1') => ({ name, arn: `arn:aws:s3:::${name}`, region });

export function facetCases<T>(
  check: Check<any>,
  fact: Fact<PerBucket<T>>,
  cases: Record<string, { value: T; status: 'PASS' | 'FAIL' | 'MANUAL'; says?: string }>,
  extra: (fx: FixtureInventory) => FixtureInventory = (fx) => fx,
): void {
  const names = Object.keys(cases);
  it(`judges each bucket: ${names.map((n) => `${n} ${cases[n].status}`).join(', ')}`, () => {
    const fx = extra(
      new FixtureInventory()
        .set(buckets, names.map((n) => bucket(n)))
        .set(fact, Object.fromEntries(names.map((n) => [n, { ok: true as const, data: cases[n].value }]))),
    );
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual(Object.fromEntries(names.map((n) => [n, cases[n].status])));
    for (const n of names) {
      const f = findings.find((x) => x.resource.id === n)!;
      expect(f.resource.arn).toBe(`arn:aws:s3:::${n}`);
      expect(f.statusExtended).toContain(n);
      if (cases[n].says) expect(f.statusExtended).toContain(cases[n].says);
    }
  });
  it(`ERROR naming ${fact.operation} for a bucket whose facet was denied, and once for a denied bucket list`, () => {
    const fx = extra(
      new FixtureInventory().set(buckets, [bucket('locked')]).set(fact, { locked: { ok: false, error: denied(fact.operation) } }),
    );
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain(fact.operation);
    const g = runCheck(check, extra(new FixtureInventory().set(buckets, { error: denied('s3:ListBuckets') }).set(fact, {})));
    expect(g.map((x) => x.status)).toEqual(['ERROR']);
    expect(g[0].statusExtended).toContain('s3:ListBuckets');
  });
}

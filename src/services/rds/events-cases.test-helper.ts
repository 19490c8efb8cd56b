/** PASS/FAIL/ERROR cases shared by the RDS event-subscription checks. */
import { expect, it } from 'vitest';
import type { Check } from '../../core/check.js';
import { clusters, eventSubscriptions, instances, type EventSubscription } from './collectors.js';
import { makeDbCluster, makeDbInstance } from './test-fixtures.js';
import { FixtureInventory, denied, runCheck } from '../../../test/helpers/check.js';

const sub = (name: string, o: Partial<EventSubscription>): EventSubscription => ({
  name,
  arn: `arn:aws:rds:us-east-1:123456789012:es:${name}`,
  enabled: true,
  sourceIds: [],
  categories: [],
  ...o,
});

export function subscriptionCases(check: Check<any>, sourceType: string, categories: string[]): void {
  const base = () => new FixtureInventory().set(instances, [makeDbInstance('db1')]).set(clusters, [makeDbCluster('c1')]);
  it(`PASS for an enabled subscription to every ${sourceType} with the categories, or with all categories`, () => {
    for (const s of [sub('exact', { sourceType, categories: [...categories, 'backup'] }), sub('all', {}), sub('type-all', { sourceType })]) {
      const [f] = runCheck(check, base().set(eventSubscriptions, [s]));
      expect(f.status).toBe('PASS');
      expect(f.statusExtended).toContain(s.name);
    }
  });
  it('FAIL when the only subscriptions are disabled, filtered to some sources, of another type or missing a category', () => {
    const subs = [
      sub('off', { sourceType, enabled: false }),
      sub('some', { sourceType, sourceIds: ['db1'] }),
      sub('other', { sourceType: 'db-snapshot' }),
      ...(categories.length > 1 ? [sub('partial', { sourceType, categories: [categories[0]] })] : []),
    ];
    const findings = runCheck(check, base().set(eventSubscriptions, subs));
    expect(findings.map((f) => f.status)).toEqual(['FAIL']);
    expect(findings[0].statusExtended).toContain(sourceType);
    expect(runCheck(check, base().set(eventSubscriptions, []))[0].status).toBe('FAIL');
  });
  it('skips regions without databases unless scan_unused_services is true', () => {
    const empty = new FixtureInventory().set(instances, []).set(clusters, []).set(eventSubscriptions, []);
    expect(runCheck(check, empty)).toEqual([]);
    expect(runCheck(check, empty, { config: { [check.id]: { scan_unused_services: true } } })[0].status).toBe('FAIL');
  });
  it('ERROR naming the call when the subscriptions could not be read', () => {
    const [f] = runCheck(check, base().set(eventSubscriptions, { error: denied('rds:DescribeEventSubscriptions') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('rds:DescribeEventSubscriptions');
  });
}

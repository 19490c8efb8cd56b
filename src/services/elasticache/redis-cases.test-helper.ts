/**
 * PASS/FAIL/ERROR cases shared by the Redis OSS / Valkey checks: replication groups changed field by field
 * (through the listing cases of the data services), then standalone Redis OSS / Valkey nodes, which
 * Prowler does not judge (it reads replication groups only), Memcached clusters and group members, which
 * get no finding of their own.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../core/check.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../test/helpers/check.js';
import { listCases } from '../rds/listing-cases.test-helper.js';
import { cacheClusters, replicationGroups, type CacheCluster, type ReplicationGroup } from './collectors.js';
import { makeCacheCluster, makeReplicationGroup } from './test-fixtures.js';

export interface RedisCases {
  groups: { pass: Partial<ReplicationGroup>[]; fail: Partial<ReplicationGroup>[]; failSays?: string; passSays?: string };
  nodes: { pass: Partial<CacheCluster>[]; fail: Partial<CacheCluster>[]; failSays?: string };
  params?: Record<string, number>;
}

export function redisCases(check: Check<any>, c: RedisCases): void {
  const config = c.params ? { config: { [check.id]: c.params } } : {};
  describe('replication groups', () => {
    listCases(check, replicationGroups, makeReplicationGroup, { ...c.groups, extra: (fx) => fx.set(cacheClusters, []) });
  });
  describe('standalone nodes (Prowler does not judge them)', () => {
    it(`PASS for ${c.nodes.pass.length} and FAIL for ${c.nodes.fail.length} standalone Redis OSS / Valkey node(s); Memcached and group members get no finding`, () => {
      const nodes = [
        ...c.nodes.pass.map((o, i) => makeCacheCluster(`pass-${i}`, o)),
        ...c.nodes.fail.map((o, i) => makeCacheCluster(`fail-${i}`, { ...o, engine: o.engine ?? (i % 2 ? 'valkey' : 'redis') })),
        makeCacheCluster('memcached-1', { ...c.nodes.fail[0], engine: 'memcached' }),
        makeCacheCluster('member-001', { ...c.nodes.fail[0], replicationGroupId: 'member' }),
      ];
      const findings = runCheck(check, new FixtureInventory().set(replicationGroups, []).set(cacheClusters, nodes), config);
      expect(statusById(findings)).toEqual(
        Object.fromEntries([...c.nodes.pass.map((_, i) => [`pass-${i}`, 'PASS']), ...c.nodes.fail.map((_, i) => [`fail-${i}`, 'FAIL'])]),
      );
      const fail = findings.find((f) => f.resource.id === 'fail-0');
      expect(fail?.statusExtended).toContain('standalone Redis OSS node fail-0');
      if (c.nodes.failSays) expect(fail?.statusExtended).toContain(c.nodes.failSays);
    });
    it('ERROR naming the call when the cache clusters could not be listed; the replication groups are still judged', () => {
      const fx = new FixtureInventory().set(replicationGroups, [makeReplicationGroup('rg-1', c.groups.pass[0])]).set(cacheClusters, { error: denied('elasticache:DescribeCacheClusters') });
      const findings = runCheck(check, fx, config);
      expect(findings.map((f) => [f.resource.id, f.status])).toEqual([
        ['rg-1', 'PASS'],
        ['123456789012', 'ERROR'],
      ]);
      expect(findings[1].statusExtended).toContain('elasticache:DescribeCacheClusters');
    });
  });
}

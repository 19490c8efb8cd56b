import { describe } from 'vitest';
import check from './elasticache_redis_cluster_auto_minor_version_upgrades.js';
import { redisCases } from '../redis-cases.test-helper.js';

describe('elasticache_redis_cluster_auto_minor_version_upgrades', () => {
  redisCases(check, {
    groups: { pass: [{}, { engine: 'valkey' }], fail: [{ autoMinorVersionUpgrade: false }], failSays: 'does not apply minor version upgrades' },
    nodes: { pass: [{}], fail: [{ autoMinorVersionUpgrade: false }] },
  });
});

import { describe } from 'vitest';
import check from './elasticache_redis_cluster_multi_az_enabled.js';
import { redisCases } from '../redis-cases.test-helper.js';

describe('elasticache_redis_cluster_multi_az_enabled', () => {
  redisCases(check, {
    groups: { pass: [{}, { engine: 'valkey' }], fail: [{ multiAZ: 'disabled' }, { multiAZ: 'disabled', automaticFailover: 'enabled' }], failSays: 'does not have Multi-AZ' },
    nodes: { pass: [], fail: [{}], failSays: 'one Availability Zone' },
  });
});

import { describe } from 'vitest';
import check from './elasticache_redis_cluster_automatic_failover_enabled.js';
import { redisCases } from '../redis-cases.test-helper.js';

describe('elasticache_redis_cluster_automatic_failover_enabled', () => {
  redisCases(check, {
    groups: {
      pass: [{}, { automaticFailover: 'enabling' }, { engine: 'valkey', clusterEnabled: true }],
      fail: [{ automaticFailover: 'disabled' }, { automaticFailover: 'disabling' }],
      failSays: 'automatic failover disabled',
    },
    // A standalone node has no replica to promote, whatever its settings.
    nodes: { pass: [], fail: [{}], failSays: 'cannot fail over' },
  });
});

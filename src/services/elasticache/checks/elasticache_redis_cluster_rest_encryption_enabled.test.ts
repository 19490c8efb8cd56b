import { describe } from 'vitest';
import check from './elasticache_redis_cluster_rest_encryption_enabled.js';
import { redisCases } from '../redis-cases.test-helper.js';

describe('elasticache_redis_cluster_rest_encryption_enabled', () => {
  redisCases(check, {
    groups: { pass: [{}, { engine: 'valkey' }], fail: [{ atRestEncryptionEnabled: false }], failSays: 'is not encrypted at rest' },
    nodes: { pass: [{}], fail: [{ atRestEncryptionEnabled: false }] },
  });
});

import { describe } from 'vitest';
import check from './elasticache_redis_cluster_in_transit_encryption_enabled.js';
import { redisCases } from '../redis-cases.test-helper.js';

describe('elasticache_redis_cluster_in_transit_encryption_enabled', () => {
  redisCases(check, {
    groups: {
      // Without a mode (clusters from before modes existed) TLS is required.
      pass: [{}, { transitEncryptionMode: undefined }],
      // Prowler passes "preferred": that mode still accepts plain-text connections.
      fail: [{ transitEncryptionEnabled: false, transitEncryptionMode: undefined }, { transitEncryptionMode: 'preferred' }],
      failSays: 'does not encrypt connections in transit',
    },
    nodes: { pass: [{}], fail: [{ transitEncryptionEnabled: false }, { transitEncryptionMode: 'preferred' }] },
  });
});

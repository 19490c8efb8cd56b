import { describe } from 'vitest';
import check from './elasticache_redis_replication_group_auth_enabled.js';
import { redisCases } from '../redis-cases.test-helper.js';

describe('elasticache_redis_replication_group_auth_enabled', () => {
  redisCases(check, {
    groups: {
      // AUTH token, or an RBAC user group (Prowler reports engines from 6.0 on as MANUAL instead), Valkey alike.
      pass: [{ authTokenEnabled: true }, { authTokenEnabled: false, userGroupIds: ['app-users'] }, { engine: 'valkey', authTokenEnabled: false, userGroupIds: ['ug-1'] }],
      fail: [{ authTokenEnabled: false, userGroupIds: [] }, { engine: 'valkey', authTokenEnabled: false }],
      failSays: 'neither an AUTH token nor an RBAC user group',
      passSays: 'requires an AUTH token',
    },
    nodes: { pass: [{ authTokenEnabled: true }], fail: [{ authTokenEnabled: false }] },
  });
});

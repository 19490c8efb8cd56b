import { describe } from 'vitest';
import check from './dms_endpoint_redis_in_transit_encryption_enabled.js';
import { endpoints } from '../collectors.js';
import { makeEndpoint } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('dms_endpoint_redis_in_transit_encryption_enabled', () => {
  listCases(check, endpoints, (id, o) => makeEndpoint(id, { type: 'target', engine: 'redis', sslMode: undefined, redisSslProtocol: 'ssl-encryption', ...o }), {
    // The API defaults SslSecurityProtocol to ssl-encryption when an endpoint does not set it.
    pass: [{}, { redisSslProtocol: undefined }],
    fail: [{ redisSslProtocol: 'plaintext' }],
    skip: [{ engine: 'mysql', redisSslProtocol: 'plaintext' }],
    failSays: 'plaintext',
  });
});

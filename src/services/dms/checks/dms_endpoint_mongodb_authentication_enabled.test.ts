import { describe } from 'vitest';
import check from './dms_endpoint_mongodb_authentication_enabled.js';
import { endpoints } from '../collectors.js';
import { makeEndpoint } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('dms_endpoint_mongodb_authentication_enabled', () => {
  listCases(check, endpoints, (id, o) => makeEndpoint(id, { engine: 'mongodb', sslMode: 'none', mongoAuthType: 'password', ...o }), {
    // An endpoint that does not name an auth type authenticates with a password (the API default).
    pass: [{}, { mongoAuthType: undefined }],
    fail: [{ mongoAuthType: 'no' }],
    skip: [{ engine: 'docdb' }, { engine: 'postgres', mongoAuthType: 'no' }],
    failSays: 'without authentication',
  });
});

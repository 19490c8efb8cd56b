import { describe } from 'vitest';
import check from './dms_endpoint_ssl_enabled.js';
import { endpoints } from '../collectors.js';
import { makeEndpoint } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

// Prowler fails every endpoint whose SSL mode is none, including S3, DynamoDB, Kinesis and Redis endpoints,
// which have no SSL mode at all (AWS APIs over HTTPS, or their own transport setting): those are skipped here.
describe('dms_endpoint_ssl_enabled', () => {
  listCases(check, endpoints, makeEndpoint, {
    pass: [{}, { engine: 'mysql', sslMode: 'verify-ca' }, { engine: 'sqlserver', sslMode: 'require' }],
    fail: [{ sslMode: 'none' }, { engine: 'oracle', sslMode: undefined }],
    skip: [{ engine: 's3', sslMode: 'none' }, { engine: 'dynamodb', sslMode: 'none' }, { engine: 'redis', sslMode: 'none' }],
    failSays: 'SSL mode none',
  });
});

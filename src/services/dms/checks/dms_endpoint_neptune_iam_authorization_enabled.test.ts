import { describe } from 'vitest';
import check from './dms_endpoint_neptune_iam_authorization_enabled.js';
import { endpoints } from '../collectors.js';
import { makeEndpoint } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('dms_endpoint_neptune_iam_authorization_enabled', () => {
  listCases(check, endpoints, (id, o) => makeEndpoint(id, { type: 'target', engine: 'neptune', sslMode: undefined, neptuneIamAuth: true, ...o }), {
    pass: [{}],
    fail: [{ neptuneIamAuth: false }, { neptuneIamAuth: undefined }],
    skip: [{ engine: 's3', neptuneIamAuth: false }],
  });
});

import { describe } from 'vitest';
import check from './opensearch_service_domains_internal_user_database_enabled.js';
import { domains } from '../collectors.js';
import { makeDomain } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('opensearch_service_domains_internal_user_database_enabled', () => {
  listCases(check, domains, makeDomain, {
    pass: [{}],
    fail: [{ internalUserDatabase: true }],
  });
});

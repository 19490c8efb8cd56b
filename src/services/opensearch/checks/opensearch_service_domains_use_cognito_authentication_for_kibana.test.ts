import { describe } from 'vitest';
import check from './opensearch_service_domains_use_cognito_authentication_for_kibana.js';
import { domains } from '../collectors.js';
import { makeDomain } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('opensearch_service_domains_use_cognito_authentication_for_kibana', () => {
  listCases(check, domains, makeDomain, {
    pass: [{}, { cognito: false, saml: true }],
    fail: [{ cognito: false }],
  });
});

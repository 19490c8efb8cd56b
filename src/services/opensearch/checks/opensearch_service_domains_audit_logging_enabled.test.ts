import { describe } from 'vitest';
import check from './opensearch_service_domains_audit_logging_enabled.js';
import { domains } from '../collectors.js';
import { makeDomain } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('opensearch_service_domains_audit_logging_enabled', () => {
  listCases(check, domains, makeDomain, {
    pass: [{}],
    fail: [{ logs: {"AUDIT_LOGS": false} }],
  });
});

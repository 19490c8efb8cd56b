import { describe } from 'vitest';
import check from './opensearch_service_domains_updated_to_the_latest_service_software_version.js';
import { domains } from '../collectors.js';
import { makeDomain } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('opensearch_service_domains_updated_to_the_latest_service_software_version', () => {
  listCases(check, domains, makeDomain, {
    pass: [{}],
    fail: [{ updateAvailable: true }],
  });
});

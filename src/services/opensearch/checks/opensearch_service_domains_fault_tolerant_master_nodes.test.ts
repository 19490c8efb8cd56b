import { describe } from 'vitest';
import check from './opensearch_service_domains_fault_tolerant_master_nodes.js';
import { domains } from '../collectors.js';
import { makeDomain } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('opensearch_service_domains_fault_tolerant_master_nodes', () => {
  listCases(check, domains, makeDomain, {
    pass: [{}],
    fail: [{ dedicatedMaster: false }, { dedicatedMasterCount: 2 }],
  });
});

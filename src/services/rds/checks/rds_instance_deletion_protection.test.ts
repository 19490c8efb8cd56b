import { describe } from 'vitest';
import check from './rds_instance_deletion_protection.js';
import { instanceCases } from '../cases.test-helper.js';

describe('rds_instance_deletion_protection', () => {
  instanceCases(check, {
    pass: [{}],
    fail: [{ deletionProtection: false }],
    skip: [{ deletionProtection: false, clusterId: "c1" }],
  });
});

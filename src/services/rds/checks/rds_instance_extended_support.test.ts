import { describe } from 'vitest';
import check from './rds_instance_extended_support.js';
import { instanceCases } from '../cases.test-helper.js';

describe('rds_instance_extended_support', () => {
  instanceCases(check, {
    pass: [{ engineLifecycleSupport: "open-source-rds-extended-support-disabled" }],
    fail: [{ engineLifecycleSupport: "open-source-rds-extended-support" }],
  });
});

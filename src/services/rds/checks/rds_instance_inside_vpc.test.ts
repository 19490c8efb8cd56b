import { describe } from 'vitest';
import check from './rds_instance_inside_vpc.js';
import { instanceCases } from '../cases.test-helper.js';

describe('rds_instance_inside_vpc', () => {
  instanceCases(check, {
    pass: [{}],
    fail: [{ vpcId: undefined }],
  });
});

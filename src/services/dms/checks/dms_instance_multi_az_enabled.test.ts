import { describe } from 'vitest';
import check from './dms_instance_multi_az_enabled.js';
import { replicationInstances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('dms_instance_multi_az_enabled', () => {
  listCases(check, replicationInstances, makeInstance, {
    pass: [{}],
    fail: [{ multiAz: false }],
    failSays: 'single Availability Zone',
  });
});

import { describe } from 'vitest';
import check from './dms_instance_minor_version_upgrade_enabled.js';
import { replicationInstances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('dms_instance_minor_version_upgrade_enabled', () => {
  listCases(check, replicationInstances, makeInstance, {
    pass: [{}],
    fail: [{ autoMinorVersionUpgrade: false, engineVersion: '3.4.7' }],
    failSays: 'runs 3.4.7',
  });
});

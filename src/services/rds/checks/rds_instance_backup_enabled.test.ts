import { describe } from 'vitest';
import check from './rds_instance_backup_enabled.js';
import { instanceCases } from '../cases.test-helper.js';

describe('rds_instance_backup_enabled', () => {
  instanceCases(check, {
    pass: [{}],
    fail: [{ backupRetentionPeriod: 0 }],
    skip: [{ backupRetentionPeriod: 0, replicaOf: "pass-0" }],
    failSays: "retention period 0",
  });
});

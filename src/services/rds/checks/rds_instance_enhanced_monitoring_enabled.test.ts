import { describe } from 'vitest';
import check from './rds_instance_enhanced_monitoring_enabled.js';
import { instanceCases } from '../cases.test-helper.js';

describe('rds_instance_enhanced_monitoring_enabled', () => {
  instanceCases(check, {
    pass: [{}],
    fail: [{ monitoringInterval: 0 }],
  });
});

import { describe } from 'vitest';
import check from './rds_instance_integration_cloudwatch_logs.js';
import { instanceCases } from '../cases.test-helper.js';

describe('rds_instance_integration_cloudwatch_logs', () => {
  instanceCases(check, {
    pass: [{}],
    fail: [{ cloudwatchLogs: [] }],
    skip: [{ cloudwatchLogs: [], clusterId: "c1" }],
    passSays: "postgresql",
  });
});

import { describe } from 'vitest';
import check from './rds_cluster_integration_cloudwatch_logs.js';
import { clusterCases } from '../cases.test-helper.js';

describe('rds_cluster_integration_cloudwatch_logs', () => {
  clusterCases(check, {
    pass: [{}],
    fail: [{ cloudwatchLogs: [] }],
    passSays: "audit",
  });
});

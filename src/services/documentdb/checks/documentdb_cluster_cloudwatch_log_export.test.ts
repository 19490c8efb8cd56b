import { describe } from 'vitest';
import check from './documentdb_cluster_cloudwatch_log_export.js';
import { clusters } from '../collectors.js';
import { makeCluster } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('documentdb_cluster_cloudwatch_log_export', () => {
  listCases(check, clusters, makeCluster, {
    pass: [{}],
    fail: [{ cloudwatchLogs: ["audit"] }, { cloudwatchLogs: [] }],
    failSays: "profiler",
  });
});

import { describe } from 'vitest';
import check from './rds_cluster_backtrack_enabled.js';
import { clusterCases } from '../cases.test-helper.js';

describe('rds_cluster_backtrack_enabled', () => {
  clusterCases(check, {
    pass: [{}],
    fail: [{ backtrackWindow: 0 }],
    skip: [{ engine: "aurora-postgresql", backtrackWindow: 0 }],
  });
});

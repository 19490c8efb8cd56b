import { describe } from 'vitest';
import check from './rds_cluster_deletion_protection.js';
import { clusterCases } from '../cases.test-helper.js';

describe('rds_cluster_deletion_protection', () => {
  clusterCases(check, {
    pass: [{}],
    fail: [{ deletionProtection: false }],
  });
});

import { describe } from 'vitest';
import check from './rds_cluster_iam_authentication_enabled.js';
import { clusterCases } from '../cases.test-helper.js';

describe('rds_cluster_iam_authentication_enabled', () => {
  clusterCases(check, {
    pass: [{}],
    fail: [{ iamAuth: false }],
  });
});

import { describe } from 'vitest';
import check from './rds_cluster_default_admin.js';
import { clusterCases } from '../cases.test-helper.js';

describe('rds_cluster_default_admin', () => {
  clusterCases(check, {
    pass: [{}],
    fail: [{ masterUsername: "admin" }],
    failSays: "admin",
  });
});

import { describe } from 'vitest';
import check from './rds_cluster_non_default_port.js';
import { clusterCases } from '../cases.test-helper.js';

describe('rds_cluster_non_default_port', () => {
  clusterCases(check, {
    pass: [{}],
    fail: [{ port: 3306 }],
  });
});

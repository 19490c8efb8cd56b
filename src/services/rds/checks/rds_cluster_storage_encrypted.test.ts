import { describe } from 'vitest';
import check from './rds_cluster_storage_encrypted.js';
import { clusterCases } from '../cases.test-helper.js';

describe('rds_cluster_storage_encrypted', () => {
  clusterCases(check, {
    pass: [{}],
    fail: [{ storageEncrypted: false }],
  });
});

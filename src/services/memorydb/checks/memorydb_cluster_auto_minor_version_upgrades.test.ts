import { describe } from 'vitest';
import check from './memorydb_cluster_auto_minor_version_upgrades.js';
import { clusters } from '../collectors.js';
import { makeCluster } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('memorydb_cluster_auto_minor_version_upgrades', () => {
  listCases(check, clusters, makeCluster, {
    pass: [{}],
    fail: [{ autoMinorVersionUpgrade: false }],
  });
});

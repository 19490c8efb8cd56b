import { describe } from 'vitest';
import check from './redshift_cluster_public_access.js';
import { clusters } from '../collectors.js';
import { makeCluster } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('redshift_cluster_public_access', () => {
  listCases(check, clusters, makeCluster, {
    pass: [{}],
    fail: [{ publiclyAccessible: true }],
  });
});

import { describe } from 'vitest';
import check from './redshift_cluster_non_default_username.js';
import { clusters } from '../collectors.js';
import { makeCluster } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('redshift_cluster_non_default_username', () => {
  listCases(check, clusters, makeCluster, {
    pass: [{}],
    fail: [{ masterUsername: "awsuser" }],
  });
});

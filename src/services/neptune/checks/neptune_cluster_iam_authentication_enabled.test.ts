import { describe } from 'vitest';
import check from './neptune_cluster_iam_authentication_enabled.js';
import { clusters } from '../collectors.js';
import { makeCluster } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('neptune_cluster_iam_authentication_enabled', () => {
  listCases(check, clusters, makeCluster, {
    pass: [{}],
    fail: [{ iamAuth: false }],
  });
});

import { describe } from 'vitest';
import check from './redshift_cluster_non_default_database_name.js';
import { clusters } from '../collectors.js';
import { makeCluster } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('redshift_cluster_non_default_database_name', () => {
  listCases(check, clusters, makeCluster, {
    pass: [{}],
    fail: [{ dbName: "dev" }],
  });
});

import { describe } from 'vitest';
import check from './redshift_cluster_multi_az_enabled.js';
import { clusters } from '../collectors.js';
import { makeCluster } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('redshift_cluster_multi_az_enabled', () => {
  listCases(check, clusters, makeCluster, {
    pass: [{}],
    fail: [{ multiAz: "Disabled" }, { multiAz: undefined }],
  });
});

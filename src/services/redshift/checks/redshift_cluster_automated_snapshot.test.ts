import { describe } from 'vitest';
import check from './redshift_cluster_automated_snapshot.js';
import { clusters } from '../collectors.js';
import { makeCluster } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('redshift_cluster_automated_snapshot', () => {
  listCases(check, clusters, makeCluster, {
    pass: [{}],
    fail: [{ automatedSnapshotRetentionPeriod: 0 }],
  });
});

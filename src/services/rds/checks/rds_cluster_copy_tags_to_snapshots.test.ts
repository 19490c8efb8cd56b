import { describe } from 'vitest';
import check from './rds_cluster_copy_tags_to_snapshots.js';
import { clusterCases } from '../cases.test-helper.js';

describe('rds_cluster_copy_tags_to_snapshots', () => {
  clusterCases(check, {
    pass: [{}],
    fail: [{ copyTagsToSnapshot: false }],
  });
});

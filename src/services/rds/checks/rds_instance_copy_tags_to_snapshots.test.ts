import { describe } from 'vitest';
import check from './rds_instance_copy_tags_to_snapshots.js';
import { instanceCases } from '../cases.test-helper.js';

describe('rds_instance_copy_tags_to_snapshots', () => {
  instanceCases(check, {
    pass: [{}],
    fail: [{ copyTagsToSnapshot: false }],
    skip: [{ copyTagsToSnapshot: false, clusterId: "c1" }],
  });
});

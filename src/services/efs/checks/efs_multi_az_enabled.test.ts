import { describe } from 'vitest';
import check from './efs_multi_az_enabled.js';
import { fileSystems } from '../collectors.js';
import { makeFileSystem } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('efs_multi_az_enabled', () => {
  listCases(check, fileSystems, makeFileSystem, {
    pass: [{ numberOfMountTargets: 2 }, { numberOfMountTargets: 3 }],
    // One Zone (even with its one mount target), Regional with one mount target, Regional with none.
    fail: [{ availabilityZoneName: 'us-east-1a', numberOfMountTargets: 1 }, { numberOfMountTargets: 1 }, { numberOfMountTargets: 0 }],
    failSays: 'One Zone file system stored only in us-east-1a',
  });
});

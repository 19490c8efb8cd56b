import { describe } from 'vitest';
import check from './fsx_windows_file_system_multi_az_enabled.js';
import { fileSystems } from '../collectors.js';
import { makeFileSystem } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('fsx_windows_file_system_multi_az_enabled', () => {
  listCases(check, fileSystems, makeFileSystem, {
    pass: [{}],
    fail: [{ deploymentType: 'SINGLE_AZ_2' }, { deploymentType: 'SINGLE_AZ_1' }],
    skip: [{ type: 'LUSTRE', deploymentType: 'SCRATCH_2' }, { type: 'OPENZFS', deploymentType: 'SINGLE_AZ_1' }],
    failSays: 'SINGLE_AZ_2',
  });
});

import { describe } from 'vitest';
import check from './fsx_file_system_copy_tags_to_backups_enabled.js';
import { fileSystems } from '../collectors.js';
import { makeFileSystem } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

// Prowler also reports scratch Lustre file systems, which cannot take backups; they are skipped here.
describe('fsx_file_system_copy_tags_to_backups_enabled', () => {
  listCases(check, fileSystems, makeFileSystem, {
    pass: [{}, { type: 'LUSTRE', deploymentType: 'PERSISTENT_2' }, { type: 'OPENZFS', copyTagsToVolumes: false }],
    fail: [{ copyTagsToBackups: false }, { type: 'LUSTRE', deploymentType: 'PERSISTENT_1', copyTagsToBackups: false }],
    skip: [{ type: 'ONTAP', copyTagsToBackups: undefined }, { type: 'LUSTRE', deploymentType: 'SCRATCH_2', copyTagsToBackups: false }],
    failSays: 'does not copy its tags to its backups',
  });
});

import { describe } from 'vitest';
import check from './fsx_file_system_copy_tags_to_volumes_enabled.js';
import { fileSystems } from '../collectors.js';
import { makeFileSystem } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';

describe('fsx_file_system_copy_tags_to_volumes_enabled', () => {
  listCases(check, fileSystems, (id, o) => makeFileSystem(id, { type: 'OPENZFS', deploymentType: 'SINGLE_AZ_1', copyTagsToVolumes: true, ...o }), {
    pass: [{}],
    fail: [{ copyTagsToVolumes: false }],
    skip: [{ type: 'WINDOWS', copyTagsToVolumes: undefined }],
    failSays: 'volumes',
  });
});

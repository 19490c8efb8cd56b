import { describe, expect, it } from 'vitest';
import check from './efs_access_point_enforce_root_directory.js';
import { accessPoints } from '../collectors.js';
import { makeAccessPoint } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';
import { FixtureInventory, runCheck } from '../../../../test/helpers/check.js';

describe('efs_access_point_enforce_root_directory', () => {
  // One finding per access point; Prowler reports one per file system that lists the offending access points.
  listCases(check, accessPoints, (id, o) => makeAccessPoint(id, 'fs-1', o), {
    pass: [{ rootDirectory: '/app' }, { rootDirectory: '/data/team/' }],
    fail: [{ rootDirectory: '/' }, { rootDirectory: '//' }],
    failSays: 'of file system fs-1 is rooted at the file system root "/"',
  });
  it('names the access point and carries its file system and tags', () => {
    const [f] = runCheck(check, new FixtureInventory().set(accessPoints, [makeAccessPoint('fsap-9', 'fs-7', { name: 'everything', rootDirectory: '/', tags: { team: 'ops' } })]));
    expect(f.statusExtended).toBe('EFS access point fsap-9 (everything) of file system fs-7 is rooted at the file system root "/", so its clients see the whole file system.');
    expect(f.resource).toMatchObject({ arn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-9', tags: { team: 'ops' }, details: { fileSystemId: 'fs-7' } });
  });
});

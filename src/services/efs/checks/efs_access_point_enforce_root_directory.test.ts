import { describe, expect, it } from 'vitest';
import check from './efs_access_point_enforce_root_directory.js';
import { accessPoints, fileSystems } from '../collectors.js';
import { makeAccessPoint, makeFileSystem } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('efs_access_point_enforce_root_directory', () => {
  it('FAIL for a file system with an access point rooted at "/" (or "//"), PASS when all are below it, nothing without access points', () => {
    const fx = new FixtureInventory()
      .set(fileSystems, [makeFileSystem('fs-ok'), makeFileSystem('fs-root', { name: 'shared' }), makeFileSystem('fs-slashes'), makeFileSystem('fs-none')])
      .set(accessPoints, [
        makeAccessPoint('fsap-1', 'fs-ok'),
        makeAccessPoint('fsap-2', 'fs-ok', { rootDirectory: '/data/team' }),
        makeAccessPoint('fsap-3', 'fs-root', { rootDirectory: '/app' }),
        makeAccessPoint('fsap-4', 'fs-root', { rootDirectory: '/', name: 'everything' }),
        makeAccessPoint('fsap-5', 'fs-slashes', { rootDirectory: '//' }),
      ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'fs-ok': 'PASS', 'fs-root': 'FAIL', 'fs-slashes': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'fs-root')?.statusExtended).toBe(
      'EFS file system fs-root (shared) has access point fsap-4 (everything) rooted at the file system root "/".',
    );
  });
  it('ERROR naming the call when the access points could not be listed', () => {
    const fx = new FixtureInventory().set(fileSystems, [makeFileSystem('fs-1')]).set(accessPoints, { error: denied('elasticfilesystem:DescribeAccessPoints') });
    const findings = runCheck(check, fx);
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('elasticfilesystem:DescribeAccessPoints');
  });
  it('ERROR naming the call when the file systems could not be listed', () => {
    const fx = new FixtureInventory().set(fileSystems, { error: denied('elasticfilesystem:DescribeFileSystems') }).set(accessPoints, []);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('elasticfilesystem:DescribeFileSystems');
  });
});

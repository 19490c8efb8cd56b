import { describe, expect, it } from 'vitest';
import check from './efs_access_point_enforce_user_identity.js';
import { accessPoints, fileSystems } from '../collectors.js';
import { makeAccessPoint, makeFileSystem } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('efs_access_point_enforce_user_identity', () => {
  it('FAIL when any access point of a file system sets no POSIX user; PASS when all do; nothing without access points', () => {
    const fx = new FixtureInventory()
      .set(fileSystems, [makeFileSystem('fs-ok'), makeFileSystem('fs-open'), makeFileSystem('fs-none')])
      .set(accessPoints, [
        makeAccessPoint('fsap-1', 'fs-ok'),
        makeAccessPoint('fsap-2', 'fs-open'),
        makeAccessPoint('fsap-3', 'fs-open', { posixUser: undefined }),
        makeAccessPoint('fsap-4', 'fs-open', { posixUser: undefined }),
      ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'fs-ok': 'PASS', 'fs-open': 'FAIL' });
    expect(findings.find((f) => f.status === 'FAIL')?.statusExtended).toBe('EFS file system fs-open has access points fsap-3, fsap-4 that enforce no POSIX user.');
  });
  it('ERROR naming the call when the access points could not be listed', () => {
    const fx = new FixtureInventory().set(fileSystems, [makeFileSystem('fs-1')]).set(accessPoints, { error: denied('elasticfilesystem:DescribeAccessPoints') });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('elasticfilesystem:DescribeAccessPoints');
  });
});

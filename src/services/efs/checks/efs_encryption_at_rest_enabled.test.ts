import { describe, expect, it } from 'vitest';
import check from './efs_encryption_at_rest_enabled.js';
import { fileSystems, type FileSystem } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const fs = (id: string, encrypted: boolean, name?: string): FileSystem => ({
  id,
  arn: `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/${id}`,
  ...(name ? { name } : {}),
  encrypted,
  numberOfMountTargets: 1,
  tags: name ? { Name: name } : {},
});

describe('efs_encryption_at_rest_enabled', () => {
  it('PASS for encrypted file systems and FAIL for unencrypted ones', () => {
    const findings = runCheck(check, new FixtureInventory().set(fileSystems, [fs('fs-1', true, 'home'), fs('fs-2', false, 'scratch')]));
    expect(statusById(findings)).toEqual({ 'fs-1': 'PASS', 'fs-2': 'FAIL' });
    expect(findings[1].statusExtended).toBe('EFS file system fs-2 (scratch) is not encrypted at rest.');
    expect(findings[1].resource.arn).toBe('arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-2');
  });
  it('reports nothing where there are no file systems', () => {
    expect(runCheck(check, new FixtureInventory().set(fileSystems, []))).toEqual([]);
  });
  it('ERROR naming the call when the file systems could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(fileSystems, { error: denied('elasticfilesystem:DescribeFileSystems') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('elasticfilesystem:DescribeFileSystems');
  });
});

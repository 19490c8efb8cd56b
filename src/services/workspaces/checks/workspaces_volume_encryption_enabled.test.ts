import { describe, expect, it } from 'vitest';
import check from './workspaces_volume_encryption_enabled.js';
import { workspaces } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const ws = (id: string, rootVolumeEncrypted: boolean, userVolumeEncrypted: boolean) => ({ id, arn: `arn:aws:workspaces:us-east-1:123456789012:workspace/${id}`, rootVolumeEncrypted, userVolumeEncrypted });

describe('workspaces_volume_encryption_enabled', () => {
  it('PASS when both volumes are encrypted, FAIL naming the unencrypted ones', () => {
    const findings = runCheck(check, new FixtureInventory().set(workspaces, [ws('ws-1', true, true), ws('ws-2', true, false), ws('ws-3', false, false)]));
    expect(statusById(findings)).toEqual({ 'ws-1': 'PASS', 'ws-2': 'FAIL', 'ws-3': 'FAIL' });
    expect(findings[1].statusExtended).toContain('its user volume');
    expect(findings[2].statusExtended).toContain('root and user volumes');
  });
  it('ERROR when WorkSpaces could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(workspaces, { error: denied('workspaces:DescribeWorkspaces') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

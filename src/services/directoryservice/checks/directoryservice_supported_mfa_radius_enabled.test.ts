import { describe, expect, it } from 'vitest';
import check from './directoryservice_supported_mfa_radius_enabled.js';
import { directories } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';
import { directory } from '../cases.test-helper.js';

const radius = (status: string) => ({ status, protocol: 'MS-CHAPv2', servers: ['10.0.1.5'] });

describe('directoryservice_supported_mfa_radius_enabled (fixtures: moto cannot set RadiusSettings)', () => {
  it('PASS when RADIUS is Completed; FAIL when it failed or is missing (Prowler skips directories without RADIUS); Simple AD skipped', () => {
    const fx = new FixtureInventory().set(directories, [
      directory('d-1', { radius: radius('Completed') }),
      directory('d-2', { type: 'ADConnector', radius: radius('Failed') }),
      directory('d-3'),
      directory('d-4', { type: 'SimpleAD' }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'd-1': 'PASS', 'd-2': 'FAIL', 'd-3': 'FAIL' });
    expect(findings[2].statusExtended).toContain('no RADIUS');
  });

  it('ERROR when the directories could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(directories, { error: denied('ds:DescribeDirectories') }))[0].status).toBe('ERROR');
  });
});

import { describe, expect, it } from 'vitest';
import check from './directoryservice_radius_server_security_protocol.js';
import { directories } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';
import { directory } from '../cases.test-helper.js';

const radius = (protocol: string) => ({ status: 'Completed', protocol, servers: ['10.0.1.5'] });

describe('directoryservice_radius_server_security_protocol (fixtures: moto cannot set RadiusSettings)', () => {
  it('PASS with MS-CHAPv2, FAIL with PAP, CHAP or MS-CHAPv1; directories without RADIUS are skipped', () => {
    const fx = new FixtureInventory().set(directories, [
      directory('d-1', { radius: radius('MS-CHAPv2') }),
      directory('d-2', { radius: radius('PAP') }),
      directory('d-3', { type: 'ADConnector', radius: radius('MS-CHAPv1') }),
      directory('d-4'),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'd-1': 'PASS', 'd-2': 'FAIL', 'd-3': 'FAIL' });
    expect(findings[1].statusExtended).toContain('PAP');
  });

  it('ERROR when the directories could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(directories, { error: denied('ds:DescribeDirectories') }))[0].status).toBe('ERROR');
  });
});

import { describe, expect, it } from 'vitest';
import check from './appstream_fleet_session_disconnect_timeout.js';
import { fleet, fleetsDenied, withFleets } from '../cases.test-helper.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('appstream_fleet_session_disconnect_timeout', () => {
  const fx = () => withFleets(fleet('quick', { disconnectTimeoutSeconds: 300 }), fleet('lingering', { disconnectTimeoutSeconds: 900 }));

  it('PASS at or under 5 minutes, FAIL over it, ERROR when DescribeFleets was denied', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ quick: 'PASS', lingering: 'FAIL' });
    expect(findings[0].statusExtended).toBe('AppStream fleet quick has a disconnect timeout of 300 seconds (5 min), within the maximum of 300 seconds (5 min).');
    expect(runCheck(check, fleetsDenied())[0].status).toBe('ERROR');
  });

  it('reads max_disconnect_timeout_in_seconds from the config', () => {
    const findings = runCheck(check, fx(), { config: { appstream_fleet_session_disconnect_timeout: { max_disconnect_timeout_in_seconds: 120 } } });
    expect(statusById(findings)).toEqual({ quick: 'FAIL', lingering: 'FAIL' });
  });
});

describe('appstream fleet remediation snippets', () => {
  it('name the property in CLI, CloudFormation and Terraform spelling', () => {
    expect(check.remediation.cli).toBe('aws appstream update-fleet --name <fleet-name> --disconnect-timeout-in-seconds 300');
    expect(check.remediation.nativeIaC).toContain('    DisconnectTimeoutInSeconds: 300');
    expect(check.remediation.terraform).toContain('  disconnect_timeout_in_seconds = 300');
  });
});

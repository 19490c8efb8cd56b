import { describe, expect, it } from 'vitest';
import check from './appstream_fleet_session_idle_disconnect_timeout.js';
import { fleet, fleetsDenied, withFleets } from '../cases.test-helper.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('appstream_fleet_session_idle_disconnect_timeout', () => {
  it('PASS at or under 10 minutes, FAIL over it, ERROR when DescribeFleets was denied', () => {
    const findings = runCheck(check, withFleets(fleet('short', { idleDisconnectTimeoutSeconds: 600 }), fleet('long', { idleDisconnectTimeoutSeconds: 3600 })));
    expect(statusById(findings)).toEqual({ short: 'PASS', long: 'FAIL' });
    expect(runCheck(check, fleetsDenied())[0].status).toBe('ERROR');
  });

  // Differs from Prowler, which compares the number only: 0 switches idle disconnection off (AWS docs), so it fails.
  it('FAIL when the idle timeout is 0 or absent: idle users are then never disconnected', () => {
    const { idleDisconnectTimeoutSeconds: _absent, ...unset } = fleet('unset');
    const findings = runCheck(check, withFleets(fleet('off', { idleDisconnectTimeoutSeconds: 0 }), unset));
    expect(statusById(findings)).toEqual({ off: 'FAIL', unset: 'FAIL' });
    expect(findings[0].statusExtended).toBe('AppStream fleet off has no idle disconnect timeout set (idle users are never disconnected).');
  });

  it('reads max_idle_disconnect_timeout_in_seconds from the config', () => {
    const findings = runCheck(check, withFleets(fleet('long', { idleDisconnectTimeoutSeconds: 3600 })), { config: { appstream_fleet_session_idle_disconnect_timeout: { max_idle_disconnect_timeout_in_seconds: 3600 } } });
    expect(statusById(findings)).toEqual({ long: 'PASS' });
  });
});

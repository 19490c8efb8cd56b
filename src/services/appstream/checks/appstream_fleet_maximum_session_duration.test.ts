import { describe, expect, it } from 'vitest';
import check from './appstream_fleet_maximum_session_duration.js';
import { fleet, fleetsDenied, withFleets } from '../cases.test-helper.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('appstream_fleet_maximum_session_duration', () => {
  const fx = () => withFleets(fleet('day', { maxUserDurationSeconds: 36000 }), fleet('week', { maxUserDurationSeconds: 345600 }));

  it('PASS at or under 10 hours, FAIL over it, ERROR when DescribeFleets was denied', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ day: 'PASS', week: 'FAIL' });
    expect(findings[1].statusExtended).toBe('AppStream fleet week has a maximum session duration of 345600 seconds (96 h), more than the maximum of 36000 seconds (10 h).');
    expect(runCheck(check, fleetsDenied())[0].status).toBe('ERROR');
  });

  it('reads max_session_duration_seconds from the config', () => {
    const findings = runCheck(check, fx(), { config: { appstream_fleet_maximum_session_duration: { max_session_duration_seconds: 400000 } } });
    expect(statusById(findings)).toEqual({ day: 'PASS', week: 'PASS' });
  });
});

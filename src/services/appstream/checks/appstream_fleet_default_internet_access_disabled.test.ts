import { describe, expect, it } from 'vitest';
import check from './appstream_fleet_default_internet_access_disabled.js';
import { fleet, fleetsDenied, withFleets } from '../cases.test-helper.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('appstream_fleet_default_internet_access_disabled', () => {
  it('PASS without default internet access, FAIL with it, ERROR when DescribeFleets was denied', () => {
    const findings = runCheck(check, withFleets(fleet('closed'), fleet('open', { enableDefaultInternetAccess: true })));
    expect(statusById(findings)).toEqual({ closed: 'PASS', open: 'FAIL' });
    expect(findings[1].statusExtended).toBe('AppStream fleet open gives its streaming instances default internet access.');
    const [e] = runCheck(check, fleetsDenied());
    expect(e.status).toBe('ERROR');
    expect(e.statusExtended).toContain('appstream:DescribeFleets');
  });
});

import { describe, expect, it } from 'vitest';
import check from './ec2_launch_template_no_public_ip.js';
import { launchTemplates } from '../collectors.js';
import { makeLaunchTemplate as lt } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ec2_launch_template_no_public_ip', () => {
  it('PASS without public addresses, FAIL when a version asks for one', () => {
    const findings = runCheck(
      check,
      new FixtureInventory().set(launchTemplates, [
        lt('lt-1', [{ networkInterfaces: [{ associatePublicIpAddress: false, deviceIndex: 0 }] }]),
        lt('lt-2', [{ networkInterfaces: [{ associatePublicIpAddress: true, deviceIndex: 0 }] }]),
      ]),
    );
    expect(statusById(findings)).toEqual({ 'lt-1': 'PASS', 'lt-2': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Launch template lt-2 (tpl-lt-2) assigns a public IP address in version 1 (default and latest).');
  });
  it('ERROR when templates could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(launchTemplates, { error: denied('ec2:DescribeLaunchTemplates') }))[0].status).toBe('ERROR');
  });
});

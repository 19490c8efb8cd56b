import { describe, expect, it } from 'vitest';
import check from './ec2_launch_template_imdsv2_required.js';
import { launchTemplates } from '../collectors.js';
import { makeLaunchTemplate as lt } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ec2_launch_template_imdsv2_required', () => {
  it('PASS when every read version requires tokens or disables IMDS; FAIL when one does not', () => {
    const findings = runCheck(
      check,
      new FixtureInventory().set(launchTemplates, [
        lt('lt-1', [{ httpTokens: 'required' }]),
        lt('lt-2', [{ httpEndpoint: 'disabled' }, { httpTokens: 'required' }]),
        lt('lt-3', [{ httpTokens: 'required' }, { httpTokens: 'optional' }]),
        lt('lt-4', [{}]),
      ]),
    );
    expect(statusById(findings)).toEqual({ 'lt-1': 'PASS', 'lt-2': 'PASS', 'lt-3': 'FAIL', 'lt-4': 'FAIL' });
    expect(findings[2].statusExtended).toBe('Launch template lt-3 (tpl-lt-3) does not require IMDSv2 in version 2 (latest): HttpTokens optional.');
  });
  it('ERROR when a template versions or the templates could not be read', () => {
    const broken = { ...lt('lt-x', [{}]), versions: { ok: false as const, error: denied('ec2:DescribeLaunchTemplateVersions') } };
    expect(runCheck(check, new FixtureInventory().set(launchTemplates, [broken]))[0]).toMatchObject({ status: 'ERROR', resource: { id: 'lt-x' } });
    expect(runCheck(check, new FixtureInventory().set(launchTemplates, { error: denied('ec2:DescribeLaunchTemplates') }))[0].status).toBe('ERROR');
  });
});

import { describe, expect, it } from 'vitest';
import check from './ec2_launch_template_no_secrets.js';
import { launchTemplates } from '../collectors.js';
import { makeLaunchTemplate as lt } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const HIT = { kind: 'AWS secret access key', rule: 'secretlint', line: 2, file: 'user data', location: 'user data line 2' };
describe('ec2_launch_template_no_secrets', () => {
  it('PASS without secrets, FAIL naming the version, kind and line', () => {
    const findings = runCheck(
      check,
      new FixtureInventory().set(launchTemplates, [
        lt('lt-1', [{}, { userData: { ok: true, hits: [] } }]),
        lt('lt-2', [{ userData: { ok: true, hits: [] } }, { userData: { ok: true, hits: [HIT] } }]),
      ]),
    );
    expect(statusById(findings)).toEqual({ 'lt-1': 'PASS', 'lt-2': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Launch template lt-2 (tpl-lt-2) has potential secrets in its user data: version 2 (latest): AWS secret access key (user data line 2).');
  });
  it('ERROR when versions could not be read', () => {
    const broken = { ...lt('lt-x', [{}]), versions: { ok: false as const, error: denied('ec2:DescribeLaunchTemplateVersions') } };
    expect(runCheck(check, new FixtureInventory().set(launchTemplates, [broken]))[0].status).toBe('ERROR');
  });
});

import { describe, expect, it } from 'vitest';
import check from './guardduty_delegated_admin_enabled_all_regions.js';
import { detectors, organizationAdmins } from '../collectors.js';
import { detector } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const on = { status: 'ENABLED', features: {} };
const R = ['us-east-1', 'eu-west-1', 'ap-south-1', 'sa-east-1', 'ca-central-1'];

describe('guardduty_delegated_admin_enabled_all_regions', () => {
  it('PASS with a delegated admin or auto-enable, FAIL without, ERROR when the admin list was denied', () => {
    const fx = new FixtureInventory(R)
      .set(detectors, [detector('d', on)])
      .set(organizationAdmins, [{ accountId: '999999999999', status: 'ENABLED' }], ['us-east-1'])
      .set(organizationAdmins, [], ['eu-west-1', 'ap-south-1'])
      .set(organizationAdmins, { error: denied('guardduty:ListOrganizationAdminAccounts') }, ['sa-east-1', 'ca-central-1'])
      .set(detectors, [detector('adm', on, { organizationAutoEnable: { ok: true, data: 'ALL' } })], ['ap-south-1'])
      .set(detectors, [detector('adm2', on, { organizationAutoEnable: { ok: true, data: 'NONE' } })], ['ca-central-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'PASS'],
      ['eu-west-1', 'FAIL'],
      ['ap-south-1', 'PASS'],
      ['sa-east-1', 'ERROR'],
      ['ca-central-1', 'FAIL'],
    ]);
  });
});

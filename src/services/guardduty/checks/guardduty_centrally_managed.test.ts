import { describe, expect, it } from 'vitest';
import check from './guardduty_centrally_managed.js';
import { detectors } from '../collectors.js';
import { detector } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const on = { status: 'ENABLED', features: {} };

describe('guardduty_centrally_managed', () => {
  it('PASS as a member or as an administrator, FAIL standalone, ERROR when the relationship could not be read', () => {
    const fx = new FixtureInventory().set(detectors, [
      detector('member', on, { administrator: { ok: true, data: { accountId: '111111111111', status: 'Enabled' } } }),
      detector('admin', on, { members: { ok: true, data: ['222222222222'] } }),
      detector('alone', on),
      detector('hidden', on, { administrator: { ok: false, error: denied('guardduty:GetAdministratorAccount') } }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ member: 'PASS', admin: 'PASS', alone: 'FAIL', hidden: 'ERROR' });
  });
});

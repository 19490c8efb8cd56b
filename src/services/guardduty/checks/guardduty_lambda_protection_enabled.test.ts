import { describe, expect, it } from 'vitest';
import check from './guardduty_lambda_protection_enabled.js';
import { detectors } from '../collectors.js';
import { detector } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('guardduty_lambda_protection_enabled', () => {
  it('PASS with the plan on, FAIL with it off, disabled detectors skipped, ERROR when unreadable', () => {
    const fx = new FixtureInventory().set(detectors, [
      detector('on', { status: 'ENABLED', features: { LAMBDA_NETWORK_LOGS: 'ENABLED' } }),
      detector('off', { status: 'ENABLED', features: { LAMBDA_NETWORK_LOGS: 'DISABLED' } }),
      detector('suspended', { status: 'DISABLED', features: {} }),
      { ...detector('hidden', { status: 'ENABLED', features: {} }), detail: { ok: false, error: denied('guardduty:GetDetector') } },
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ on: 'PASS', off: 'FAIL', hidden: 'ERROR' });
    expect(findings[1].statusExtended).toBe('GuardDuty detector off does not have Lambda Protection enabled.');
  });
  it('ERROR when the detectors could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(detectors, { error: denied('guardduty:ListDetectors') }));
    expect(f.status).toBe('ERROR');
  });
});

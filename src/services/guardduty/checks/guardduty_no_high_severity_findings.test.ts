import { describe, expect, it } from 'vitest';
import check from './guardduty_no_high_severity_findings.js';
import { detectors } from '../collectors.js';
import { detector } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const on = { status: 'ENABLED', features: {} };

describe('guardduty_no_high_severity_findings', () => {
  it('PASS with none, FAIL with some, ERROR when the findings were denied', () => {
    const fx = new FixtureInventory().set(detectors, [
      detector('clean', on),
      detector('breached', on, { highSeverityFindings: { ok: true, data: 3 } }),
      detector('hidden', on, { highSeverityFindings: { ok: false, error: denied('guardduty:ListFindings') } }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ clean: 'PASS', breached: 'FAIL', hidden: 'ERROR' });
    expect(findings[1].statusExtended).toMatch(/has 3 active high-severity/);
  });
});

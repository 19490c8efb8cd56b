import { describe, expect, it } from 'vitest';
import check from './ssm_managed_compliant_patching.js';
import { patchCompliance } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ssm_managed_compliant_patching', () => {
  it('PASS for compliant nodes, FAIL for non-compliant ones', () => {
    const fx = new FixtureInventory().set(patchCompliance, [
      { resourceId: 'i-ok', status: 'COMPLIANT', nonCompliantCount: 0, compliantCount: 10 },
      { resourceId: 'i-bad', status: 'NON_COMPLIANT', overallSeverity: 'CRITICAL', nonCompliantCount: 2, compliantCount: 8 },
      { resourceId: 'mi-onprem', status: 'NON_COMPLIANT', nonCompliantCount: 1, compliantCount: 0 },
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-ok': 'PASS', 'i-bad': 'FAIL', 'mi-onprem': 'FAIL' });
    expect(findings[1].resource.arn).toBe('arn:aws:ec2:us-east-1:123456789012:instance/i-bad');
    expect(findings[1].statusExtended).toMatch(/2 missing or failed patches, highest severity CRITICAL/);
  });
  it('ERROR when the compliance summaries were denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(patchCompliance, { error: denied('ssm:ListResourceComplianceSummaries') }));
    expect(f.status).toBe('ERROR');
  });
});

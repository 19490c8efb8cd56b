import { describe, expect, it } from 'vitest';
import check from './macie_is_enabled.js';
import { session } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('macie_is_enabled', () => {
  it('PASS where Macie is enabled, FAIL where it is disabled or suspended', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1', 'ap-south-1'])
      .set(session, { status: 'ENABLED' }, ['us-east-1'])
      .set(session, { status: 'DISABLED' }, ['eu-west-1'])
      .set(session, { status: 'PAUSED' }, ['ap-south-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status, f.statusExtended])).toEqual([
      ['us-east-1', 'PASS', 'Amazon Macie is enabled in us-east-1.'],
      ['eu-west-1', 'FAIL', 'Amazon Macie is not enabled in eu-west-1.'],
      ['ap-south-1', 'FAIL', 'Amazon Macie is suspended in ap-south-1.'],
    ]);
    expect(findings[1].resource.arn).toBe('arn:aws:iam::123456789012:root');
  });

  it('ERROR, not FAIL, when the session could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(session, { error: denied('macie2:GetMacieSession') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('macie2:GetMacieSession');
  });
});

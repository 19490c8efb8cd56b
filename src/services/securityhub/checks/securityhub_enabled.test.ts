import { describe, expect, it } from 'vitest';
import check from './securityhub_enabled.js';
import { hub } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('securityhub_enabled', () => {
  it('PASS where the account has a hub, FAIL where it is not subscribed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(hub, { enabled: true, hubArn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default' }, ['us-east-1'])
      .set(hub, { enabled: false }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status, f.statusExtended])).toEqual([
      ['us-east-1', 'PASS', 'AWS Security Hub is enabled in us-east-1.'],
      ['eu-west-1', 'FAIL', 'AWS Security Hub is not enabled in eu-west-1.'],
    ]);
    expect(findings[0].resource.details?.hub).toBe('arn:aws:securityhub:us-east-1:123456789012:hub/default');
    expect(findings[1].resource.arn).toBe('arn:aws:iam::123456789012:root');
  });

  it('ERROR, not FAIL, when DescribeHub was denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(hub, { error: denied('securityhub:DescribeHub') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('securityhub:DescribeHub');
  });
});

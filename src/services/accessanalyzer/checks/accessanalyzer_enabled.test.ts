import { describe, expect, it } from 'vitest';
import check from './accessanalyzer_enabled.js';
import { analyzers, type Analyzer } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const analyzer = (name: string, type: string, status: string): Analyzer => ({
  arn: `arn:aws:access-analyzer:us-east-1:123456789012:analyzer/${name}`,
  name,
  type,
  status,
});

describe('accessanalyzer_enabled', () => {
  it('PASS per region with an active account or organization analyzer', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(analyzers, [analyzer('acct', 'ACCOUNT', 'ACTIVE')], ['us-east-1'])
      .set(analyzers, [analyzer('org', 'ORGANIZATION', 'ACTIVE')], ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'PASS'],
      ['eu-west-1', 'PASS'],
    ]);
    expect(findings[0].resource.arn).toBe('arn:aws:iam::123456789012:root');
    expect(findings[0].statusExtended).toContain('acct');
  });

  it('FAIL in a region with no analyzer, only an unused-access one, or only an inactive one', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1', 'ap-south-1'])
      .set(analyzers, [], ['us-east-1'])
      .set(analyzers, [analyzer('unused', 'ACCOUNT_UNUSED_ACCESS', 'ACTIVE')], ['eu-west-1'])
      .set(analyzers, [analyzer('broken', 'ACCOUNT', 'FAILED')], ['ap-south-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'FAIL'],
      ['eu-west-1', 'FAIL'],
      ['ap-south-1', 'FAIL'],
    ]);
    expect(findings[0].statusExtended).toContain('us-east-1');
    expect(findings[2].statusExtended).toContain('broken is FAILED');
  });

  it('ERROR naming the call where the analyzers could not be listed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(analyzers, [analyzer('acct', 'ACCOUNT', 'ACTIVE')], ['us-east-1'])
      .set(analyzers, { error: denied('access-analyzer:ListAnalyzers') }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'PASS'],
      ['eu-west-1', 'ERROR'],
    ]);
    expect(findings[1].statusExtended).toContain('access-analyzer:ListAnalyzers');
  });
});

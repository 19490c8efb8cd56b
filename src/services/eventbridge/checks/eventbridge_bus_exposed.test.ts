import { describe, expect, it } from 'vitest';
import check from './eventbridge_bus_exposed.js';
import { eventBuses } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const bus = (name: string, statement?: object, region = 'us-east-1') => ({
  name,
  arn: `arn:aws:events:${region}:123456789012:event-bus/${name}`,
  policy: statement ? JSON.stringify({ Version: '2012-10-17', Statement: [statement] }) : null,
});
const put = { Effect: 'Allow', Action: 'events:PutEvents', Resource: 'arn:aws:events:us-east-1:123456789012:event-bus/x' };

describe('eventbridge_bus_exposed', () => {
  it('PASS for a bus without a policy, or shared with one account or an organization', () => {
    const fx = new FixtureInventory().set(eventBuses, [
      bus('default'),
      bus('partner', { ...put, Principal: { AWS: 'arn:aws:iam::210987654321:root' } }),
      bus('org', { ...put, Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ default: 'PASS', partner: 'PASS', org: 'PASS' });
    expect(findings[0].resource.arn).toBe('arn:aws:events:us-east-1:123456789012:event-bus/default');
  });

  it('FAIL for a bus open to every account, also in the wildcard-account form PutPermission stores', () => {
    const fx = new FixtureInventory().set(eventBuses, [
      bus('star', { ...put, Sid: 'all', Principal: '*' }),
      bus('wildroot', { ...put, Sid: 'anyone', Principal: { AWS: 'arn:aws:iam::*:root' } }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ star: 'FAIL', wildroot: 'FAIL' });
    expect(findings[1].statusExtended).toMatch(/Event bus wildroot .*everyone.*"anyone"/);
  });

  it('ERROR per region when the buses could not be listed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(eventBuses, [bus('default', { ...put, Principal: '*' })], ['us-east-1'])
      .set(eventBuses, { error: denied('events:ListEventBuses') }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'FAIL'],
      ['eu-west-1', 'ERROR'],
    ]);
    expect(findings[1].statusExtended).toContain('events:ListEventBuses');
  });
});

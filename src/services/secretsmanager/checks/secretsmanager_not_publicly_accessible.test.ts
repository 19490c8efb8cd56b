import { describe, expect, it } from 'vitest';
import check from './secretsmanager_not_publicly_accessible.js';
import { secretPolicies, secrets } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (name: string) => `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`;
const policy = (statement: object) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*', ...statement }] });

describe('secretsmanager_not_publicly_accessible', () => {
  it('PASS for secrets without a policy or limited to a VPC endpoint', () => {
    const fx = new FixtureInventory()
      .set(secrets, [
        { name: 'db', arn: arn('db'), tags: { team: 'data' } },
        { name: 'vpce', arn: arn('vpce') },
      ])
      .set(secretPolicies, {
        [arn('db')]: { ok: true, data: null },
        [arn('vpce')]: { ok: true, data: policy({ Principal: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0abc' } } }) },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ db: 'PASS', vpce: 'PASS' });
    expect(findings[0].resource.tags).toEqual({ team: 'data' });
  });

  it('FAIL for a secret any AWS account may read', () => {
    const fx = new FixtureInventory()
      .set(secrets, [{ name: 'api-key', arn: arn('api-key') }])
      .set(secretPolicies, { [arn('api-key')]: { ok: true, data: policy({ Principal: { AWS: '*' } }) } });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('Secret api-key');
  });

  it('ERROR when the policy or the list could not be read', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(secrets, [{ name: 'x', arn: arn('x') }], ['us-east-1'])
      .set(secretPolicies, { [arn('x')]: { ok: false, error: denied('secretsmanager:GetResourcePolicy') } }, ['us-east-1'])
      .set(secrets, { error: denied('secretsmanager:ListSecrets') }, ['eu-west-1'])
      .set(secretPolicies, {}, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.resource.id, f.status])).toEqual([
      ['x', 'ERROR'],
      ['123456789012', 'ERROR'],
    ]);
    expect(findings[0].statusExtended).toContain('secretsmanager:GetResourcePolicy');
    expect(findings[1].statusExtended).toContain('secretsmanager:ListSecrets');
  });
});

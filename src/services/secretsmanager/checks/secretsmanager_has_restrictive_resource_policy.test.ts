import { describe, expect, it } from 'vitest';
import check from './secretsmanager_has_restrictive_resource_policy.js';
import { secretPolicies, secrets } from '../collectors.js';
import { organization, organizationAccounts } from '../../organizations/collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (n: string) => `arn:aws:secretsmanager:us-east-1:123456789012:secret:${n}-AbCdEf`;
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const denyUnless = (operator: string, key: string, values: string | string[], extra: object = {}) => ({
  Effect: 'Deny',
  Principal: '*',
  Action: 'secretsmanager:GetSecretValue',
  Resource: '*',
  Condition: { [operator]: { [key]: values } },
  ...extra,
});
const APP_ROLE = 'arn:aws:iam::123456789012:role/app';

function judge(policies: Record<string, string | null>, config: Record<string, unknown> = {}) {
  const names = Object.keys(policies);
  const fx = new FixtureInventory()
    .set(secrets, names.map((n) => ({ name: n, arn: arn(n) })))
    .set(secretPolicies, Object.fromEntries(names.map((n) => [arn(n), { ok: true as const, data: policies[n] }])))
    .set(organization, { inOrganization: true, id: 'o-ours123', managementAccountId: '111111111111' })
    .set(organizationAccounts, { accounts: [{ id: '222222222222' }] });
  return statusById(runCheck(check, fx, { config: { secretsmanager_has_restrictive_resource_policy: config as never } }));
}

describe('secretsmanager_has_restrictive_resource_policy', () => {
  it('PASS for an explicit Deny to all but named principals, our accounts, our Organization or a VPC endpoint', () => {
    expect(
      judge({
        'by-role': policy(denyUnless('StringNotEquals', 'aws:PrincipalArn', APP_ROLE), { Effect: 'Allow', Principal: { AWS: APP_ROLE }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }),
        'by-account': policy({ ...denyUnless('StringNotEquals', 'aws:PrincipalAccount', ['123456789012', '222222222222']), Action: 'secretsmanager:*' }),
        'by-org': policy(denyUnless('StringNotEquals', 'aws:PrincipalOrgID', 'o-ours123')),
        'by-vpce': policy(denyUnless('StringNotEquals', 'aws:SourceVpce', 'vpce-0abc')),
        'not-principal': policy({ Effect: 'Deny', NotPrincipal: { AWS: APP_ROLE }, Action: '*', Resource: '*' }),
      }),
    ).toEqual({ 'by-role': 'PASS', 'by-account': 'PASS', 'by-org': 'PASS', 'by-vpce': 'PASS', 'not-principal': 'PASS' });
  });

  it('FAIL without a policy, with only Allows, or with a Deny that does not confine the readers', () => {
    expect(
      judge({
        none: null,
        'allow-only': policy({ Effect: 'Allow', Principal: { AWS: APP_ROLE }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }),
        // IfExists lets a request without the key through; Prowler does not look at the operator.
        'if-exists': policy(denyUnless('StringNotEqualsIfExists', 'aws:PrincipalArn', APP_ROLE)),
        'wildcard-exception': policy(denyUnless('StringNotLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/*')),
        'stranger-excepted': policy(denyUnless('StringNotEquals', 'aws:PrincipalAccount', '999999999999')),
        'deny-writes-only': policy({ ...denyUnless('StringNotEquals', 'aws:PrincipalArn', APP_ROLE), Action: 'secretsmanager:PutSecretValue' }),
      }),
    ).toEqual({ none: 'FAIL', 'allow-only': 'FAIL', 'if-exists': 'FAIL', 'wildcard-exception': 'FAIL', 'stranger-excepted': 'FAIL', 'deny-writes-only': 'FAIL' });
  });

  it('FAIL when an Allow opens the secret to everyone or to a stranger account, even next to a good Deny', () => {
    const deny = denyUnless('StringNotEquals', 'aws:PrincipalOrgID', 'o-ours123');
    expect(
      judge({
        stranger: policy(deny, { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }),
        public: policy(deny, { Effect: 'Allow', Principal: '*', Action: 'secretsmanager:*', Resource: '*' }),
        sibling: policy(deny, { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::222222222222:role/reader' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }),
      }),
    ).toEqual({ stranger: 'FAIL', public: 'FAIL', sibling: 'PASS' });
  });

  it('trusted_account_ids and organizations_trusted_ids widen what counts as ours', () => {
    const policies = {
      partner: policy(denyUnless('StringNotEquals', 'aws:PrincipalAccount', ['123456789012', '999999999999'])),
      'partner-org': policy(denyUnless('StringNotEquals', 'aws:PrincipalOrgID', ['o-ours123', 'o-partner9'])),
    };
    expect(judge(policies)).toEqual({ partner: 'FAIL', 'partner-org': 'FAIL' });
    expect(judge(policies, { trusted_account_ids: ['999999999999'], organizations_trusted_ids: ['o-partner9'] })).toEqual({ partner: 'PASS', 'partner-org': 'PASS' });
  });

  it('ERROR when the policy could not be read or parsed, or the secrets not listed', () => {
    const fx = new FixtureInventory()
      .set(secrets, [{ name: 'hidden', arn: arn('hidden') }, { name: 'garbled', arn: arn('garbled') }])
      .set(secretPolicies, { [arn('hidden')]: { ok: false, error: denied('secretsmanager:GetResourcePolicy') }, [arn('garbled')]: { ok: true, data: '{not json' } })
      .set(organization, { inOrganization: false })
      .set(organizationAccounts, { accounts: [] });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ hidden: 'ERROR', garbled: 'ERROR' });
    const listing = new FixtureInventory()
      .set(secrets, { error: denied('secretsmanager:ListSecrets') })
      .set(secretPolicies, { error: denied('secretsmanager:ListSecrets') })
      .set(organization, { inOrganization: false })
      .set(organizationAccounts, { accounts: [] });
    expect(runCheck(check, listing).map((f) => f.status)).toEqual(['ERROR']);
  });
});

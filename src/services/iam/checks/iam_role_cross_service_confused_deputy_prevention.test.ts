import { describe, expect, it } from 'vitest';
import check from './iam_role_cross_service_confused_deputy_prevention.js';
import { authorizationDetails } from '../policies.js';
import { details, role } from '../policy-fixtures.test-helper.js';
import { doc, expectDeniedError } from '../policy-judge-cases.test-helper.js';
import { FixtureInventory, runCheck, statusById } from '../../../../test/helpers/check.js';

const trusting = (name: string, Principal: object, Condition?: object, path = '/') => ({
  ...role(name),
  path,
  trustPolicy: doc({ Effect: 'Allow', Principal, Action: 'sts:AssumeRole', ...(Condition ? { Condition } : {}) }),
});

describe('iam_role_cross_service_confused_deputy_prevention', () => {
  it('FAIL for a service trust without a source condition, PASS with one; roles trusting no service and service-linked roles are skipped', () => {
    const fx = new FixtureInventory().set(
      authorizationDetails,
      details({
        roles: [
          trusting('open', { Service: 'events.amazonaws.com' }),
          trusting('guarded', { Service: ['sns.amazonaws.com'] }, { StringEquals: { 'aws:SourceAccount': '123456789012' } }),
          trusting('other-account', { Service: 'sns.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': '999999999999' } }),
          trusting('people', { AWS: 'arn:aws:iam::123456789012:root' }),
          trusting('AWSServiceRoleForX', { Service: 'x.amazonaws.com' }, undefined, '/aws-service-role/x.amazonaws.com/'),
        ],
      }),
    );
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ open: 'FAIL', guarded: 'PASS', 'other-account': 'FAIL' });
    expect(findings[0].statusExtended).toMatch(/lets events.amazonaws.com assume it without/);
  });
  it('an account from trusted_account_ids counts as ours', () => {
    const fx = new FixtureInventory().set(
      authorizationDetails,
      details({ roles: [trusting('shared', { Service: 'sns.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': '999999999999' } })] }),
    );
    const config = { iam_role_cross_service_confused_deputy_prevention: { trusted_account_ids: ['999999999999'] } };
    expect(statusById(runCheck(check, fx, { config }))).toEqual({ shared: 'PASS' });
  });
  it('ERROR when denied', () => expectDeniedError(check));
});

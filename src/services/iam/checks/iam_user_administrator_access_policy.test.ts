import { describe, expect, it } from 'vitest';
import check from './iam_user_administrator_access_policy.js';
import { authorizationDetails } from '../policies.js';
import { awsRef, details, user } from '../policy-fixtures.test-helper.js';
import { expectDeniedError } from '../policy-judge-cases.test-helper.js';
import { FixtureInventory, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('iam_user_administrator_access_policy', () => {
  it('FAIL for a user with AdministratorAccess attached directly, PASS for the others', () => {
    const fx = new FixtureInventory().set(authorizationDetails, details({ users: [user('root-like', [awsRef('AdministratorAccess')]), user('dev', [awsRef('PowerUserAccess')])] }));
    expect(statusById(runCheck(check, fx))).toEqual({ 'root-like': 'FAIL', dev: 'PASS' });
  });
  it('ERROR when denied', () => expectDeniedError(check));
});

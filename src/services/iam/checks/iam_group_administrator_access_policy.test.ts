import { describe, expect, it } from 'vitest';
import check from './iam_group_administrator_access_policy.js';
import { authorizationDetails } from '../policies.js';
import { awsRef, customRef, details, group } from '../policy-fixtures.test-helper.js';
import { expectDeniedError } from '../policy-judge-cases.test-helper.js';
import { FixtureInventory, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('iam_group_administrator_access_policy', () => {
  it('FAIL for a group holding AdministratorAccess, PASS otherwise (a custom policy named alike is not it)', () => {
    const fx = new FixtureInventory().set(
      authorizationDetails,
      details({ groups: [group('admins', [awsRef('AdministratorAccess')]), group('devs', [awsRef('ReadOnlyAccess'), customRef('AdministratorAccess')])] }),
    );
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ admins: 'FAIL', devs: 'PASS' });
    expect(findings[0].resource.arn).toBe('arn:aws:iam::123456789012:group/admins');
  });
  it('ERROR when denied', () => expectDeniedError(check));
});

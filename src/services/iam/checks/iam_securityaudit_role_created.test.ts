import { describe, expect, it } from 'vitest';
import check from './iam_securityaudit_role_created.js';
import { authorizationDetails } from '../policies.js';
import { awsRef, details, role, user } from '../policy-fixtures.test-helper.js';
import { expectDeniedError } from '../policy-judge-cases.test-helper.js';
import { FixtureInventory, runCheck } from '../../../../test/helpers/check.js';

describe('iam_securityaudit_role_created', () => {
  it('PASS when a role holds SecurityAudit', () => {
    const [f] = runCheck(check, new FixtureInventory().set(authorizationDetails, details({ roles: [role('auditor', [awsRef('SecurityAudit')])] })));
    expect([f.status, f.statusExtended]).toEqual(['PASS', 'The SecurityAudit policy is attached to role auditor.']);
  });
  it('FAIL when only a user (not a role) holds it, or nobody', () => {
    const [f] = runCheck(check, new FixtureInventory().set(authorizationDetails, details({ users: [user('bob', [awsRef('SecurityAudit')])] })));
    expect(f.status).toBe('FAIL');
    expect(f.resource.arn).toBe('arn:aws:iam::aws:policy/SecurityAudit');
  });
  it('ERROR when denied', () => expectDeniedError(check));
});

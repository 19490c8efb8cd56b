import { describe, expect, it } from 'vitest';
import check from './iam_role_administratoraccess_policy.js';
import { authorizationDetails } from '../policies.js';
import { awsRef, details, role } from '../policy-fixtures.test-helper.js';
import { expectDeniedError } from '../policy-judge-cases.test-helper.js';
import { FixtureInventory, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('iam_role_administratoraccess_policy', () => {
  it('FAIL for a role with AdministratorAccess, PASS for others, service-linked roles skipped', () => {
    const slr = { ...role('AWSServiceRoleForSupport', [awsRef('AdministratorAccess')]), path: '/aws-service-role/support.amazonaws.com/' };
    const fx = new FixtureInventory().set(authorizationDetails, details({ roles: [role('breakglass', [awsRef('AdministratorAccess')]), role('app'), slr] }));
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ breakglass: 'FAIL', app: 'PASS' });
    expect(findings[0].statusExtended).toMatch(/role breakglass has the AWS managed policy AdministratorAccess/);
  });
  it('ERROR when denied', () => expectDeniedError(check));
});

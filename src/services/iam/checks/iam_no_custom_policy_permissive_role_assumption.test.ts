import { describe, expect, it } from 'vitest';
import check from './iam_no_custom_policy_permissive_role_assumption.js';
import { doc, expectDeniedError, expectCustomerVerdicts } from '../policy-judge-cases.test-helper.js';

describe('iam_no_custom_policy_permissive_role_assumption', () => {
  it('FAIL for the documents that grant it, PASS for the others, ERROR for an unreadable one', () => {
    const findings = expectCustomerVerdicts(
      check,
      [
      doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }),
      doc({ Effect: 'Allow', Action: 'sts:*', Resource: '*' }),
      ],
      [
      doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::210987654321:role/deploy' }),
      doc({ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' }),
      ],
    );
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/sts:AssumeRole on every resource/);
  });

  it('ERROR when the authorization details were denied', () => expectDeniedError(check));
});

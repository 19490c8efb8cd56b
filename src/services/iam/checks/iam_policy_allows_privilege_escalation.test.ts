import { describe, expect, it } from 'vitest';
import check from './iam_policy_allows_privilege_escalation.js';
import { doc, expectDeniedError, expectCustomerVerdicts } from '../policy-judge-cases.test-helper.js';

describe('iam_policy_allows_privilege_escalation', () => {
  it('FAIL for the documents that grant it, PASS for the others, ERROR for an unreadable one', () => {
    const findings = expectCustomerVerdicts(
      check,
      [
      doc({ Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: 'arn:aws:iam::123456789012:policy/*' }),
      doc({ Effect: 'Allow', Action: ['iam:PassRole', 'ec2:RunInstances'], Resource: '*' }),
      ],
      [
      doc({ Effect: 'Allow', Action: ['ec2:RunInstances', 'ec2:Describe*'], Resource: '*' }),
      doc({ Effect: 'Allow', Action: 'iam:UpdateAssumeRolePolicy', Resource: '*' }),
      ],
    );
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/iam:CreatePolicyVersion/);
  });

  it('ERROR when the authorization details were denied', () => expectDeniedError(check));
});

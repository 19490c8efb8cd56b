import { describe, expect, it } from 'vitest';
import check from './iam_inline_policy_allows_privilege_escalation.js';
import { doc, expectDeniedError, expectInlineVerdicts } from '../policy-judge-cases.test-helper.js';

describe('iam_inline_policy_allows_privilege_escalation', () => {
  it('FAIL for the documents that grant it, PASS for the others, ERROR for an unreadable one', () => {
    const findings = expectInlineVerdicts(
      check,
      [
      doc({ Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' }),
      doc({ Effect: 'Allow', Action: 'iam:Put*Policy', Resource: '*' }),
      doc({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }),
      ],
      [
      doc({ Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction'], Resource: '*' }),
      doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }),
      doc({ Effect: 'Allow', Action: ['iam:PassRole', 'ec2:RunInstances'], Resource: '*' }, { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }),
      ],
    );
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/allows privilege escalation: iam:PassRole \+ lambda:CreateFunction \+ lambda:InvokeFunction/);
  });

  it('ERROR when the authorization details were denied', () => expectDeniedError(check));
});

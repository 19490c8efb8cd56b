import { describe, expect, it } from 'vitest';
import check from './iam_inline_policy_no_administrative_privileges.js';
import { doc, expectDeniedError, expectInlineVerdicts } from '../policy-judge-cases.test-helper.js';

describe('iam_inline_policy_no_administrative_privileges', () => {
  it('FAIL for the documents that grant it, PASS for the others, ERROR for an unreadable one', () => {
    const findings = expectInlineVerdicts(
      check,
      [
      doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
      doc({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }),
      ],
      [
      doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }),
      doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::bucket/*' }),
      ],
    );
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/full administrative privileges/);
  });

  it('ERROR when the authorization details were denied', () => expectDeniedError(check));
});

import { describe, expect, it } from 'vitest';
import check from './iam_inline_policy_no_full_access_to_kms.js';
import { doc, expectDeniedError, expectInlineVerdicts } from '../policy-judge-cases.test-helper.js';

describe('iam_inline_policy_no_full_access_to_kms', () => {
  it('FAIL for the documents that grant it, PASS for the others, ERROR for an unreadable one', () => {
    const findings = expectInlineVerdicts(
      check,
      [
      doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }),
      doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
      ],
      [
      doc({ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:Encrypt'], Resource: '*' }),
      doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }, { Effect: 'Deny', Action: 'kms:ScheduleKeyDeletion', Resource: '*' }),
      ],
    );
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/kms:\*/);
  });

  it('ERROR when the authorization details were denied', () => expectDeniedError(check));
});

import { describe, expect, it } from 'vitest';
import check from './iam_policy_no_full_access_to_kms.js';
import { doc, expectDeniedError, expectCustomerVerdicts } from '../policy-judge-cases.test-helper.js';

describe('iam_policy_no_full_access_to_kms', () => {
  it('FAIL for the documents that grant it, PASS for the others, ERROR for an unreadable one', () => {
    const findings = expectCustomerVerdicts(
      check,
      [
      doc({ Effect: 'Allow', Action: ['kms:*'], Resource: ['*'] }),
      ],
      [
      doc({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:us-east-1:123456789012:key/1' }),
      doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }, { Effect: 'Deny', Action: '*', Resource: '*' }),
      ],
    );
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/every KMS action/);
  });

  it('ERROR when the authorization details were denied', () => expectDeniedError(check));
});

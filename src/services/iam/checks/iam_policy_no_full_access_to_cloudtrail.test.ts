import { describe, expect, it } from 'vitest';
import check from './iam_policy_no_full_access_to_cloudtrail.js';
import { doc, expectDeniedError, expectCustomerVerdicts } from '../policy-judge-cases.test-helper.js';

describe('iam_policy_no_full_access_to_cloudtrail', () => {
  it('FAIL for the documents that grant it, PASS for the others, ERROR for an unreadable one', () => {
    const findings = expectCustomerVerdicts(
      check,
      [
      doc({ Effect: 'Allow', Action: 'CloudTrail:*', Resource: '*' }),
      ],
      [
      doc({ Effect: 'Allow', Action: 'cloudtrail:*', Resource: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/dev' }),
      doc({ Effect: 'Allow', NotAction: 'cloudtrail:*', Resource: '*' }),
      ],
    );
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/every CloudTrail action/);
  });

  it('ERROR when the authorization details were denied', () => expectDeniedError(check));
});

import { describe, expect, it } from 'vitest';
import check from './iam_inline_policy_no_full_access_to_cloudtrail.js';
import { doc, expectDeniedError, expectInlineVerdicts } from '../policy-judge-cases.test-helper.js';

describe('iam_inline_policy_no_full_access_to_cloudtrail', () => {
  it('FAIL for the documents that grant it, PASS for the others, ERROR for an unreadable one', () => {
    const findings = expectInlineVerdicts(
      check,
      [
      doc({ Effect: 'Allow', Action: 'cloudtrail:*', Resource: '*' }),
      doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
      ],
      [
      doc({ Effect: 'Allow', Action: ['cloudtrail:Describe*', 'cloudtrail:LookupEvents'], Resource: '*' }),
      doc({ Effect: 'Allow', Action: 'cloudtrail:*', Resource: '*' }, { Effect: 'Deny', Action: ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail'], Resource: '*' }),
      ],
    );
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/cloudtrail:\*/);
  });

  it('ERROR when the authorization details were denied', () => expectDeniedError(check));
});

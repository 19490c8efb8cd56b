import { describe, expect, it } from 'vitest';
import check from './iam_policy_no_wildcard_marketplace_subscribe.js';
import { doc, expectDeniedError, expectCustomerVerdicts } from '../policy-judge-cases.test-helper.js';

describe('iam_policy_no_wildcard_marketplace_subscribe', () => {
  it('FAIL for the documents that grant it, PASS for the others, ERROR for an unreadable one', () => {
    const findings = expectCustomerVerdicts(
      check,
      [
      doc({ Effect: 'Allow', Action: 'aws-marketplace:Sub*', Resource: '*' }),
      ],
      [
      doc({ Effect: 'Allow', Action: 'aws-marketplace:Subscribe', Resource: '*' }, { Effect: 'Deny', Action: 'aws-marketplace:Subscribe', Resource: '*' }),
      ],
    );
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/aws-marketplace:Subscribe on every resource/);
  });

  it('ERROR when the authorization details were denied', () => expectDeniedError(check));
});

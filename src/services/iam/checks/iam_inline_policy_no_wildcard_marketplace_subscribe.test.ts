import { describe, expect, it } from 'vitest';
import check from './iam_inline_policy_no_wildcard_marketplace_subscribe.js';
import { doc, expectDeniedError, expectInlineVerdicts } from '../policy-judge-cases.test-helper.js';

describe('iam_inline_policy_no_wildcard_marketplace_subscribe', () => {
  it('FAIL for the documents that grant it, PASS for the others, ERROR for an unreadable one', () => {
    const findings = expectInlineVerdicts(
      check,
      [
      doc({ Effect: 'Allow', Action: 'aws-marketplace:Subscribe', Resource: '*' }),
      doc({ Effect: 'Allow', Action: 'aws-marketplace:*', Resource: '*' }),
      ],
      [
      doc({ Effect: 'Allow', Action: 'aws-marketplace:ViewSubscriptions', Resource: '*' }),
      doc({ Effect: 'Allow', NotAction: 'aws-marketplace:*', Resource: '*' }),
      ],
    );
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/aws-marketplace:Subscribe/);
  });

  it('ERROR when the authorization details were denied', () => expectDeniedError(check));
});

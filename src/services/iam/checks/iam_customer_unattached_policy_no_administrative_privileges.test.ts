import { describe, expect, it } from 'vitest';
import check from './iam_customer_unattached_policy_no_administrative_privileges.js';
import { doc, expectDeniedError, expectCustomerVerdicts } from '../policy-judge-cases.test-helper.js';

describe('iam_customer_unattached_policy_no_administrative_privileges', () => {
  it('FAIL for the documents that grant it, PASS for the others, ERROR for an unreadable one', () => {
    const findings = expectCustomerVerdicts(
      check,
      [
      doc({ Effect: 'Allow', Action: '*:*', Resource: '*' }),
      ],
      [
      doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }),
      ], { unattachedOnly: true },
    );
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/\(not attached\) allows every action/);
  });

  it('ERROR when the authorization details were denied', () => expectDeniedError(check));
});

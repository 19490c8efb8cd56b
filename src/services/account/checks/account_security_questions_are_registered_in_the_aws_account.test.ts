import { describe, expect, it } from 'vitest';
import check from './account_security_questions_are_registered_in_the_aws_account.js';
import { FixtureInventory, runCheck } from '../../../../test/helpers/check.js';

describe('account_security_questions_are_registered_in_the_aws_account', () => {
  it('is always MANUAL, once for the account, and needs no AWS data', () => {
    expect(check.uses).toEqual([]);
    const findings = runCheck(check, new FixtureInventory(['us-east-1', 'eu-west-1']));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'MANUAL', region: 'us-east-1', resource: { arn: 'arn:aws:iam::123456789012:root' } });
    expect(findings[0].statusExtended).toContain('root user');
  });

  it('never reports PASS, FAIL or ERROR: there is no data to judge or to be denied', () => {
    const statuses = runCheck(check, new FixtureInventory()).map((f) => f.status);
    for (const s of ['PASS', 'FAIL', 'ERROR']) expect(statuses).not.toContain(s);
  });
});

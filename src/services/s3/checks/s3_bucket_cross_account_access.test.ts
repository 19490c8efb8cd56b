import { describe, expect, it } from 'vitest';
import check from './s3_bucket_cross_account_access.js';
import { bucketPolicies } from '../collectors.js';
import { facetCases } from '../facet-cases.test-helper.js';
import { publicReadPolicy, publicFixture } from '../public-fixtures.js';
import { runCheck } from '../../../../test/helpers/check.js';

const policy = (principal: unknown, condition?: object) =>
  JSON.stringify({ Statement: [{ Sid: 'S', Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', ...(condition ? { Condition: condition } : {}) }] });

describe('s3_bucket_cross_account_access', () => {
  facetCases(check, bucketPolicies, {
    nopolicy: { value: null, status: 'PASS' },
    own: { value: policy({ AWS: 'arn:aws:iam::123456789012:role/app' }), status: 'PASS' },
    service: { value: policy({ Service: 'logging.s3.amazonaws.com' }), status: 'PASS' },
    other: { value: policy({ AWS: ['arn:aws:iam::999988887777:root', '123456789012'] }), status: 'FAIL', says: 'account 999988887777' },
    everyone: { value: publicReadPolicy('everyone'), status: 'FAIL', says: 'everyone' },
    orgonly: { value: publicReadPolicy('orgonly', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }), status: 'PASS' },
  });

  it('trusted_account_ids exempts reviewed partner accounts', () => {
    const fx = publicFixture({ partner: { policy: policy({ AWS: '999988887777' }) } });
    expect(runCheck(check, fx)[0].status).toBe('FAIL');
    expect(runCheck(check, fx, { config: { s3_bucket_cross_account_access: { trusted_account_ids: ['999988887777'] } } })[0].status).toBe('PASS');
  });

  it('ERROR for a policy that is not valid JSON', () => {
    const [f] = runCheck(check, publicFixture({ broken: { policy: '{not json' } }));
    expect(f.status).toBe('ERROR');
  });
});

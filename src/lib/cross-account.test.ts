import { describe, expect, it } from 'vitest';
import { crossAccountGrants, principalAccount } from './cross-account.js';

const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const OWN = '123456789012';

describe('crossAccountGrants', () => {
  it('names other accounts, leaves the owner, trusted accounts and service principals out', () => {
    const text = policy(
      { Sid: 'own', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWN}:root` }, Action: '*', Resource: '*' },
      { Sid: 'partner', Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::999988887777:role/r', '111122223333'] }, Action: 's3:GetObject', Resource: '*' },
      { Sid: 'svc', Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject', Resource: '*' },
      { Sid: 'denied', Effect: 'Deny', Principal: { AWS: '444455556666' }, Action: '*', Resource: '*' },
    );
    expect(crossAccountGrants(text, OWN)).toEqual([{ sid: 'partner', accounts: ['111122223333', '999988887777'] }]);
    expect(crossAccountGrants(text, OWN, ['111122223333', '999988887777'])).toEqual([]);
  });
  it('reports everyone for Principal "*" unless a condition ties callers to the account', () => {
    expect(crossAccountGrants(policy({ Sid: 'open', Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }), OWN)).toEqual([{ sid: 'open', accounts: ['*'] }]);
    const tied = policy({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': OWN } } });
    expect(crossAccountGrants(tied, OWN)).toEqual([]);
  });
  it('undefined for text that is not JSON', () => {
    expect(crossAccountGrants('{not json', OWN)).toBeUndefined();
  });
  it('reads the account of a principal string', () => {
    expect(principalAccount('arn:aws:iam::999988887777:user/u')).toBe('999988887777');
    expect(principalAccount(' 999988887777 ')).toBe('999988887777');
    expect(principalAccount('*')).toBe('*');
    expect(principalAccount('s3.amazonaws.com')).toBeUndefined();
  });
});

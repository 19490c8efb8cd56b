import { describe, expect, it } from 'vitest';
import { externalTrust, otherAccountTrust, trustGrants, unguardedServiceTrust } from './trust.js';

const OWN = '111111111111';
const SIBLING = '222222222222';
const STRANGER = '999999999999';
const trust = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const assume = (Principal: unknown, Condition?: object) => ({ Effect: 'Allow', Principal, Action: 'sts:AssumeRole', ...(Condition ? { Condition } : {}) });

describe('trust policies', () => {
  it('lists principals by kind', () => {
    const g = trustGrants(trust(assume({ AWS: [`arn:aws:iam::${STRANGER}:root`, OWN], Service: 'lambda.amazonaws.com', Federated: 'cognito-identity.amazonaws.com' })));
    expect(g.map((x) => [x.kind, x.account ?? x.principal])).toEqual([
      ['account', STRANGER],
      ['account', OWN],
      ['service', 'lambda.amazonaws.com'],
      ['federated', 'cognito-identity.amazonaws.com'],
    ]);
    expect(trustGrants(trust({ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }))).toEqual([]);
  });

  it('a stranger is external; a trusted account or a sibling in the Organization is not', () => {
    const doc = trust(assume({ AWS: [`arn:aws:iam::${SIBLING}:role/ci`, `arn:aws:iam::${STRANGER}:root`] }));
    expect(externalTrust(doc, { accountId: OWN }).map((e) => e.account)).toEqual([SIBLING, STRANGER]);
    expect(externalTrust(doc, { accountId: OWN, organizationAccountIds: [OWN, SIBLING] }).map((e) => e.account)).toEqual([STRANGER]);
    expect(externalTrust(doc, { accountId: OWN, trustedAccountIds: [STRANGER], organizationAccountIds: [SIBLING] })).toEqual([]);
    expect(otherAccountTrust(doc, { accountId: OWN, organizationAccountIds: [SIBLING] })).toEqual([
      { account: SIBLING, relation: 'organization' },
      { account: STRANGER, relation: 'external' },
    ]);
  });

  it('everyone is external unless a condition confines callers to our Organization', () => {
    expect(externalTrust(trust(assume('*')), { accountId: OWN }).map((e) => e.account)).toEqual(['*']);
    const org = trust(assume({ AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }));
    expect(externalTrust(org, { accountId: OWN, organizationId: 'o-abc' })).toEqual([]);
    expect(externalTrust(org, { accountId: OWN, organizationId: 'o-other' })).toHaveLength(1);
    // IfExists is no guard: the key is absent for callers outside any organization
    const ifExists = trust(assume({ AWS: '*' }, { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc' } }));
    expect(externalTrust(ifExists, { accountId: OWN, organizationId: 'o-abc' })).toHaveLength(1);
  });

  it('a service principal needs aws:SourceAccount or aws:SourceArn naming our account', () => {
    const svc = (c?: object) => unguardedServiceTrust(trust(assume({ Service: 'events.amazonaws.com' }, c)), { accountId: OWN });
    expect(svc()).toHaveLength(1);
    expect(svc({ StringEquals: { 'aws:SourceAccount': OWN } })).toEqual([]);
    expect(svc({ StringEquals: { 'aws:SourceAccount': STRANGER } })).toHaveLength(1);
    expect(svc({ ArnLike: { 'aws:SourceArn': `arn:aws:events:us-east-1:${OWN}:rule/*` } })).toEqual([]);
    expect(svc({ ArnLike: { 'aws:SourceArn': 'arn:aws:events:*:*:rule/*' } })).toHaveLength(1);
    expect(svc({ ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::my-bucket' } })).toEqual([]);
    expect(svc({ StringEquals: { 'aws:SourceOrgID': 'o-abc' } })).toEqual([]);
    expect(svc({ StringNotEquals: { 'aws:SourceAccount': STRANGER } })).toHaveLength(1);
  });
});

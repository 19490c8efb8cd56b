import { describe, expect, it } from 'vitest';
import {
  actionMatches,
  deniesInsecureTransport,
  grantsFullAdmin,
  hasRestrictiveCondition,
  isPublicPolicy,
  isPublicPrincipal,
  parsePolicy,
  publicStatements,
  statementAllows,
  type Statement,
} from './index.js';

const ACCT = '111122223333';
const OTHER = '444455556666';
const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const allowAll = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
const st = (s: object): Statement => parsePolicy(doc(s))[0];

describe('parsePolicy', () => {
  it('returns no statements for empty input', () => {
    for (const v of [undefined, null, '', '   ', 'not json', 42, {}, { Version: '2012-10-17' }]) expect(parsePolicy(v)).toEqual([]);
  });

  it('normalises singletons to arrays, lower-cases condition keys and keeps operators as written', () => {
    const [s] = parsePolicy(
      doc({
        Sid: 'One',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root', Service: ['lambda.amazonaws.com'] },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::b/*',
        Condition: { 'ForAnyValue:StringLike': { 'aws:SourceAccount': ACCT }, Bool: { 'aws:SecureTransport': false } },
      }),
    );
    expect(s).toEqual({
      effect: 'Allow',
      sid: 'One',
      principal: { AWS: ['arn:aws:iam::111122223333:root'], Service: ['lambda.amazonaws.com'] },
      actions: ['s3:GetObject'],
      resources: ['arn:aws:s3:::b/*'],
      conditions: [
        { operator: 'ForAnyValue:StringLike', key: 'aws:sourceaccount', values: [ACCT] },
        { operator: 'Bool', key: 'aws:securetransport', values: ['false'] },
      ],
    });
  });

  it.each([
    ['a JSON string', JSON.stringify(doc(allowAll))],
    ['a URL-encoded JSON string (as IAM returns it)', encodeURIComponent(JSON.stringify(doc(allowAll)))],
    ['an object', doc(allowAll)],
    ['a single statement object under Statement', { Statement: allowAll }],
    ['a bare statement array', [allowAll]],
  ])('accepts %s', (_, input) => {
    const out = parsePolicy(input);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ effect: 'Allow', principal: '*', actions: ['s3:GetObject'] });
  });

  it('keeps NotAction/NotResource/NotPrincipal and drops statements without a valid Effect', () => {
    const out = parsePolicy(
      doc(
        { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::1:root' }, NotAction: 'iam:*', NotResource: ['x'] },
        { Effect: 'Maybe', Action: '*' },
        { Action: '*' },
      ),
    );
    expect(out).toEqual([
      { effect: 'Deny', notPrincipal: { AWS: ['arn:aws:iam::1:root'] }, notActions: ['iam:*'], notResources: ['x'], conditions: [] },
    ]);
  });
});

describe('actionMatches', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true],
    ['S3:GETOBJECT', 's3:getobject', true],
    ['*', 'iam:CreateUser', true],
    ['s3:*', 's3:PutObject', true],
    ['s3:*', 'sqs:SendMessage', false],
    ['s3:Get?bject', 's3:GetObject', true],
    ['s3:Get?', 's3:GetObject', false],
    ['s3:GetObject', 's3:GetObjectAcl', false],
    ['ec2:Describe*', 'ec2:RunInstances', false],
    ['s3.x:*', 's3:x', false],
  ])('%s vs %s -> %s', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected);
  });
});

describe('statementAllows', () => {
  it.each([
    [{ Effect: 'Allow', Action: 's3:*' }, 's3:GetObject', true],
    [{ Effect: 'Allow', Action: ['sqs:*', 's3:Get*'] }, 's3:GetObject', true],
    [{ Effect: 'Allow', Action: 's3:GetObject' }, 's3:PutObject', false],
    [{ Effect: 'Allow', Action: 's3:GetObject' }, 's3:Get*', true],
    [{ Effect: 'Deny', Action: '*' }, 's3:GetObject', false],
    [{ Effect: 'Allow', NotAction: 'iam:*' }, 's3:GetObject', true],
    [{ Effect: 'Allow', NotAction: 'iam:*' }, 'iam:CreateUser', false],
    [{ Effect: 'Allow', NotAction: 's3:*' }, 's3:Get*', false],
  ])('%j allows %s -> %s', (s, action, expected) => {
    expect(statementAllows(st(s), action)).toBe(expected);
  });
});

describe('isPublicPrincipal', () => {
  it.each([
    [{ Effect: 'Allow', Principal: '*' }, true],
    [{ Effect: 'Allow', Principal: { AWS: '*' } }, true],
    [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } }, true],
    [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' } }, false],
    [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' } }, false],
    [{ Effect: 'Allow', Action: '*' }, false],
    [{ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }, true],
    [{ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }, false],
    [{ Effect: 'Deny', Principal: '*' }, true],
  ])('%j -> %s', (s, expected) => {
    expect(isPublicPrincipal(st(s))).toBe(expected);
  });
});

describe('hasRestrictiveCondition', () => {
  const withCond = (Condition: object) => st({ Effect: 'Allow', Principal: '*', Action: '*', Condition });
  it.each([
    ['no condition', {}, undefined, false],
    ['SourceAccount equals', { StringEquals: { 'aws:SourceAccount': ACCT } }, undefined, true],
    ['SourceAccount with wildcard', { StringLike: { 'aws:SourceAccount': '1111*' } }, undefined, false],
    ['SourceAccount "*"', { StringEquals: { 'aws:SourceAccount': '*' } }, undefined, false],
    ['SourceAccount of another account when accountId given', { StringEquals: { 'aws:SourceAccount': OTHER } }, ACCT, false],
    ['SourceAccount of own account when accountId given', { StringEquals: { 'aws:SourceAccount': ACCT } }, ACCT, true],
    ['SourceAccount own + other when accountId given', { StringEquals: { 'aws:SourceAccount': [ACCT, OTHER] } }, ACCT, false],
    ['SourceOwner', { StringEquals: { 'AWS:SourceOwner': ACCT } }, undefined, true],
    ['PrincipalAccount', { StringEquals: { 'aws:PrincipalAccount': ACCT } }, undefined, true],
    ['kms:CallerAccount', { StringEquals: { 'kms:CallerAccount': ACCT } }, undefined, true],
    ['PrincipalOrgID', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }, undefined, true],
    ['PrincipalOrgID wildcard', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }, undefined, false],
    ['PrincipalOrgPaths', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc123/r-ab12/ou-ab12-1111/*' } }, undefined, true],
    ['PrincipalOrgPaths with wildcard org', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': '*/r-ab12/*' } }, undefined, false],
    ['SourceVpc', { StringEquals: { 'aws:SourceVpc': 'vpc-1234' } }, undefined, true],
    ['SourceVpce', { StringEquals: { 'aws:sourceVpce': 'vpce-1234' } }, undefined, true],
    ['SourceVpce wildcard', { StringLike: { 'aws:SourceVpce': 'vpce-*' } }, undefined, false],
    ['SourceArn with account', { ArnLike: { 'aws:SourceArn': `arn:aws:sns:*:${ACCT}:topic` } }, undefined, true],
    ['SourceArn with wildcard account', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:topic' } }, undefined, false],
    ['SourceArn without account (S3 bucket)', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::bucket' } }, undefined, false],
    ['SourceArn of another account when accountId given', { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${OTHER}:t` } }, ACCT, false],
    ['SourceIp CIDR', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, undefined, true],
    ['SourceIp 0.0.0.0/0', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, undefined, false],
    ['SourceIp ::/0 among others', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '::/0'] } }, undefined, false],
    ['NotIpAddress in an Allow', { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, undefined, false],
    ['negated operator in an Allow', { StringNotEquals: { 'aws:SourceAccount': ACCT } }, undefined, false],
    ['IfExists variant (key may be absent)', { StringEqualsIfExists: { 'aws:SourceAccount': ACCT } }, undefined, false],
    ['ForAllValues (passes on absent key)', { 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-abc123' } }, undefined, false],
    ['ForAnyValue acts like the operator', { 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgID': 'o-abc123' } }, undefined, true],
    ['unrelated key only', { Bool: { 'aws:SecureTransport': 'true' } }, undefined, false],
    ['unrelated key plus a restrictive one', { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:SourceVpc': 'vpc-1' } }, undefined, true],
    ['Null operator', { Null: { 'aws:SourceAccount': 'false' } }, undefined, false],
  ])('%s -> %s', (_, cond, accountId, expected) => {
    expect(hasRestrictiveCondition(withCond(cond), accountId as string | undefined)).toBe(expected);
  });
});

describe('isPublicPolicy', () => {
  it.each([
    ['Principal * allow', doc(allowAll), {}, true],
    ['Principal {AWS:*} allow', doc({ ...allowAll, Principal: { AWS: '*' } }), {}, true],
    ['Principal * in a URL-encoded string', encodeURIComponent(JSON.stringify(doc(allowAll))), {}, true],
    ['specific account principal', doc({ ...allowAll, Principal: { AWS: `arn:aws:iam::${OTHER}:root` } }), {}, false],
    ['service principal', doc({ ...allowAll, Principal: { Service: 'cloudtrail.amazonaws.com' } }), {}, false],
    ['public Deny only', doc({ ...allowAll, Effect: 'Deny' }), {}, false],
    ['public with SourceAccount', doc({ ...allowAll, Condition: { StringEquals: { 'aws:SourceAccount': ACCT } } }), {}, false],
    [
      'public with other SourceAccount, own account given',
      doc({ ...allowAll, Condition: { StringEquals: { 'aws:SourceAccount': OTHER } } }),
      { accountId: ACCT },
      true,
    ],
    ['public with IfExists org condition', doc({ ...allowAll, Condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-1' } } }), {}, true],
    ['action filter matching', doc(allowAll), { actions: ['s3:GetObject'] }, true],
    ['action filter with wildcard', doc(allowAll), { actions: ['s3:Get*'] }, true],
    ['action filter not matching', doc(allowAll), { actions: ['s3:PutObject', 's3:DeleteObject'] }, false],
    ['action filter vs s3:*', doc({ ...allowAll, Action: 's3:*' }), { actions: ['s3:PutObject'] }, true],
    ['NotPrincipal allow', doc({ ...allowAll, Principal: undefined, NotPrincipal: { AWS: `arn:aws:iam::${ACCT}:root` } }), {}, true],
    [
      'public allow neutralised by unconditional public deny',
      doc(allowAll, { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }),
      {},
      false,
    ],
    [
      'public allow neutralised by deny-unless-from-VPC-endpoint',
      doc(allowAll, {
        Effect: 'Deny',
        Principal: '*',
        Action: '*',
        Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
        Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } },
      }),
      {},
      false,
    ],
    [
      'deny-unless-from-endpoint with IfExists does not neutralise',
      doc(allowAll, {
        Effect: 'Deny',
        Principal: '*',
        Action: '*',
        Resource: '*',
        Condition: { StringNotEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } },
      }),
      {},
      true,
    ],
    [
      'deny-unless-from-endpoint that also needs plain HTTP does not neutralise (its conditions must all hold)',
      doc(allowAll, {
        Effect: 'Deny',
        Principal: '*',
        Action: '*',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' }, Bool: { 'aws:SecureTransport': 'false' } },
      }),
      {},
      true,
    ],
    [
      'deny unless from the endpoint or the organization neutralises',
      doc(allowAll, {
        Effect: 'Deny',
        Principal: '*',
        Action: '*',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1', 'aws:PrincipalOrgID': 'o-abc123' } },
      }),
      {},
      false,
    ],
    [
      'deny on other actions does not neutralise',
      doc(allowAll, { Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: '*' }),
      {},
      true,
    ],
    [
      'deny on a narrower resource does not neutralise',
      doc(allowAll, { Effect: 'Deny', Principal: '*', Action: '*', Resource: 'arn:aws:s3:::b/private/*' }),
      {},
      true,
    ],
    [
      'deny of plain HTTP does not neutralise',
      doc(allowAll, { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      {},
      true,
    ],
    ['empty policy', undefined, {}, false],
  ])('%s -> %s', (_, policy, opts, expected) => {
    expect(isPublicPolicy(policy, opts)).toBe(expected);
  });
});

describe('publicStatements', () => {
  it('returns the open Allow statements only, each judged with the Deny statements', () => {
    const policy = doc(
      { ...allowAll, Sid: 'open' },
      { ...allowAll, Sid: 'org', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } },
      { ...allowAll, Sid: 'denied', Action: 's3:PutObject' },
      { Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: '*' },
    );
    expect(publicStatements(policy).map((s) => s.sid)).toEqual(['open']);
    expect(publicStatements(doc({ ...allowAll, Sid: 'open' }), { actions: ['s3:PutObject'] })).toEqual([]);
  });
});

describe('grantsFullAdmin', () => {
  it.each([
    ['AdministratorAccess', doc({ Effect: 'Allow', Action: '*', Resource: '*' }), true],
    ['*:* action', doc({ Effect: 'Allow', Action: ['*:*'], Resource: ['*'] }), true],
    ['URL-encoded', encodeURIComponent(JSON.stringify(doc({ Effect: 'Allow', Action: '*', Resource: '*' }))), true],
    ['conditional admin still admin', doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }), true],
    ['* on one resource', doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }), false],
    ['service wildcard', doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }), false],
    ['NotAction on * that still allows IAM', doc({ Effect: 'Allow', NotAction: ['organizations:*', 's3:*'], Resource: '*' }), true],
    ['NotAction on * excluding IAM (PowerUserAccess)', doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }), false],
    ['NotAction * on * grants nothing', doc({ Effect: 'Allow', NotAction: '*', Resource: '*' }), false],
    ['NotAction on one resource', doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::b' }), false],
    ['Deny * on *', doc({ Effect: 'Deny', Action: '*', Resource: '*' }), false],
    [
      'cancelled by unconditional Deny * on *',
      doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: '*', Resource: '*' }),
      false,
    ],
    [
      'not cancelled by a conditional Deny',
      doc(
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } },
      ),
      true,
    ],
    [
      'not cancelled by a narrower Deny',
      doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }),
      true,
    ],
    ['empty', undefined, false],
  ])('%s -> %s', (_, policy, expected) => {
    expect(grantsFullAdmin(policy)).toBe(expected);
  });
});

describe('deniesInsecureTransport', () => {
  const deny = {
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
  it.each([
    ['standard statement', doc(deny), true],
    ['boolean false value', doc({ ...deny, Condition: { Bool: { 'aws:SecureTransport': false } } }), true],
    ['BoolIfExists', doc({ ...deny, Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }), true],
    ['Action * and Principal {AWS:*}', doc({ ...deny, Action: '*', Principal: { AWS: '*' } }), true],
    ['Resource *', doc({ ...deny, Resource: '*' }), true],
    ['as a URL-encoded string', encodeURIComponent(JSON.stringify(doc(deny))), true],
    ['Allow instead of Deny', doc({ ...deny, Effect: 'Allow' }), false],
    ['only some actions', doc({ ...deny, Action: 's3:GetObject' }), false],
    ['only one account principal', doc({ ...deny, Principal: { AWS: `arn:aws:iam::${ACCT}:root` } }), false],
    ['only the bucket, not its objects', doc({ ...deny, Resource: 'arn:aws:s3:::b' }), false],
    ['SecureTransport true', doc({ ...deny, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), false],
    ['no condition key', doc({ ...deny, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }), false],
    ['no policy', null, false],
  ])('%s -> %s', (_, policy, expected) => {
    expect(deniesInsecureTransport(policy)).toBe(expected);
  });
});

describe('wildcard-account principals', () => {
  it('treats arn:aws:iam::*:root as everyone, and a concrete account as not public', () => {
    const allow = (aws: string) => ({ Statement: [{ Effect: 'Allow', Principal: { AWS: aws }, Action: 'events:PutEvents', Resource: '*' }] });
    expect(isPublicPolicy(allow('arn:aws:iam::*:root'))).toBe(true);
    expect(isPublicPolicy(allow('arn:aws:iam::111122223333:root'))).toBe(false);
  });
});

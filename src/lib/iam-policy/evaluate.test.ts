import { describe, expect, it } from 'vitest';
import { allowedActions, allowsFullServiceAccess, evaluate, isAllowed } from './index.js';
import { ESCALATION_PATHS, escalationPaths } from './escalation.js';

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });

describe('evaluate', () => {
  it('allows by Action wildcard and denies what is not granted', () => {
    const p = doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' });
    expect(evaluate(p, { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }).decision).toBe('allow');
    expect(evaluate(p, { action: 's3:PutObject' }).decision).toBe('implicit-deny');
    // 's3:Get*' does not cover every S3 action
    expect(evaluate(p, { action: 's3:*', resource: '*' }).decision).toBe('implicit-deny');
  });

  it('an unconditional Deny overrides any Allow, also across documents', () => {
    const allow = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
    const deny = doc({ Effect: 'Deny', Action: 'iam:*', Resource: '*' });
    expect(evaluate([allow, deny], { action: 'iam:PassRole' }).decision).toBe('deny');
    expect(evaluate([allow, deny], { action: 's3:GetObject' }).decision).toBe('allow');
  });

  it('a Deny on part of a service removes "full access" but not access to the rest', () => {
    const p = doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }, { Effect: 'Deny', Action: 'kms:ScheduleKeyDeletion', Resource: '*' });
    expect(allowsFullServiceAccess(p, 'kms')).toBe(false);
    expect(isAllowed(p, 'kms:Decrypt', '*')).toBe(true);
    expect(allowsFullServiceAccess(doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }), 'kms')).toBe(true);
    expect(allowsFullServiceAccess(doc({ Effect: 'Allow', Action: '*', Resource: '*' }), 'kms')).toBe(true);
    expect(allowsFullServiceAccess(doc({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:us-east-1:1:key/x' }), 'kms')).toBe(false);
  });

  it('NotAction allows everything it does not exclude', () => {
    const p = doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' });
    expect(isAllowed(p, 'ec2:RunInstances')).toBe(true);
    expect(isAllowed(p, 'iam:PassRole')).toBe(false);
    expect(allowsFullServiceAccess(p, 'kms')).toBe(true);
    expect(allowsFullServiceAccess(p, 'iam')).toBe(false);
    // A NotAction Deny denies everything but what it lists
    const d = doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', NotAction: 's3:*', Resource: '*' });
    expect(isAllowed(d, 'ec2:RunInstances')).toBe(false);
    expect(isAllowed(d, 's3:GetObject')).toBe(true);
  });

  it('NotResource: allowed on resources it does not exclude, never on "every resource"', () => {
    const p = doc({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secret/*' });
    expect(isAllowed(p, 's3:GetObject', 'arn:aws:s3:::public/x')).toBe(true);
    expect(isAllowed(p, 's3:GetObject', 'arn:aws:s3:::secret/x')).toBe(false);
    expect(isAllowed(p, 's3:GetObject', '*')).toBe(false);
    expect(isAllowed(p, 's3:GetObject')).toBe(true);
  });

  it('a Deny on one resource keeps "some resource" allowed but not "every resource"', () => {
    const p = doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }, { Effect: 'Deny', Action: 'iam:PassRole', Resource: 'arn:aws:iam::1:role/admin' });
    expect(isAllowed(p, 'iam:PassRole')).toBe(true);
    expect(isAllowed(p, 'iam:PassRole', '*')).toBe(false);
    expect(isAllowed(p, 'iam:PassRole', 'arn:aws:iam::1:role/admin')).toBe(false);
    expect(isAllowed(p, 'iam:PassRole', 'arn:aws:iam::1:role/app')).toBe(true);
  });

  it('conditions make the answer conditional; only narrowing keys count when asked', () => {
    const mfa = doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } });
    const ev = evaluate(mfa, { action: 'iam:PassRole' });
    expect(ev.decision).toBe('conditional');
    expect(ev.conditions[0].key).toBe('aws:multifactorauthpresent');
    expect(isAllowed(mfa, 'iam:PassRole')).toBe(true);
    expect(isAllowed(mfa, 'iam:PassRole', undefined, { conditional: false })).toBe(false);
    expect(isAllowed(mfa, 'iam:PassRole', undefined, { onlyNarrowingConditions: true })).toBe(true);
    const vpce = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } });
    expect(isAllowed(vpce, 's3:GetObject', undefined, { onlyNarrowingConditions: true })).toBe(false);
    const orgWildcard = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } });
    expect(isAllowed(orgWildcard, 's3:GetObject', undefined, { onlyNarrowingConditions: true })).toBe(true);
    // a conditional Deny does not take the permission away for good
    const cd = doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    expect(evaluate(cd, { action: 'ec2:RunInstances' }).decision).toBe('conditional');
  });

  it('is case-insensitive and accepts URL-encoded text and several documents', () => {
    const text = encodeURIComponent(JSON.stringify(doc({ Effect: 'Allow', Action: 'IAM:passrole', Resource: '*' })));
    expect(isAllowed(text, 'iam:PassRole')).toBe(true);
    expect(allowedActions([text, doc({ Effect: 'Allow', Action: 'ec2:Run*', Resource: '*' })], ['iam:PassRole', 'ec2:RunInstances', 's3:GetObject'])).toEqual([
      'iam:PassRole',
      'ec2:RunInstances',
    ]);
  });
});

describe('privilege escalation table', () => {
  it('finds single-action and combined paths, and only complete combinations', () => {
    const names = (d: unknown) => escalationPaths(d).map((p) => p.name);
    expect(names(doc({ Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: '*' }))).toEqual(['CreatePolicyVersion']);
    expect(names(doc({ Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction'], Resource: '*' }))).toEqual([]);
    expect(names(doc({ Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' }))).toEqual([
      'PassRole+Lambda+Invoke',
    ]);
    expect(names(doc({ Effect: 'Allow', Action: ['iam:PassRole', 'ec2:RunInstances'], Resource: 'arn:aws:iam::1:role/x' }))).toEqual(['PassRole+EC2']);
    expect(names(doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }))).toEqual([]);
    // the combination is spread over two documents
    expect(names([doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }), doc({ Effect: 'Allow', Action: 'cloudformation:CreateStack', Resource: '*' })])).toEqual([
      'PassRole+CloudFormation',
    ]);
  });

  it('a Deny breaks a combination; a wildcard grant opens every path', () => {
    const denied = doc({ Effect: 'Allow', Action: ['iam:PassRole', 'glue:CreateDevEndpoint'], Resource: '*' }, { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' });
    expect(escalationPaths(denied)).toEqual([]);
    expect(escalationPaths(doc({ Effect: 'Allow', Action: '*', Resource: '*' }))).toHaveLength(ESCALATION_PATHS.length);
    expect(escalationPaths(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })).map((p) => p.name)).toEqual([
      'Lambda UpdateFunctionCode',
      'Glue UpdateDevEndpoint',
    ]);
  });
});

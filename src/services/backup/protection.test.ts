import { describe, expect, it } from 'vitest';
import { coverage, reach, wildcardMatch, type BackupSubject } from './protection.js';
import { makeSelection } from './test-fixtures.js';
import { denied } from '../../../test/helpers/check.js';
import type { Selections } from './collectors.js';

const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table/orders';
const table = (tags: Record<string, string> = {}): BackupSubject => ({ arn: TABLE, tags, backupType: 'DynamoDB' });
const ok = (s: Selections) => ({ ok: true as const, data: s });

describe('wildcardMatch (AWS Backup: * is any run of characters, case sensitive)', () => {
  it('matches across ARN separators and nothing else', () => {
    expect(wildcardMatch('*', TABLE)).toBe(true);
    expect(wildcardMatch('arn:aws:dynamodb:*:*:table/*', TABLE)).toBe(true);
    expect(wildcardMatch('arn:aws:dynamodb:*', TABLE)).toBe(true);
    expect(wildcardMatch('arn:aws:dynamodb:*:*:table/ord*', TABLE)).toBe(true);
    expect(wildcardMatch('arn:aws:dynamodb:*:*:table/other*', TABLE)).toBe(false);
    expect(wildcardMatch('arn:aws:dynamodb:*:*:table/Orders', TABLE)).toBe(false);
    expect(wildcardMatch('arn:aws:rds:*:*:db:*', TABLE)).toBe(false);
    // A dot or a question mark is literal, not a regular-expression or single-character wildcard.
    expect(wildcardMatch('arn:aws:dynamodb:us-east-1:123456789012:table/order?', TABLE)).toBe(false);
    expect(wildcardMatch('arn.aws:dynamodb:*', TABLE)).toBe(false);
  });
});

describe('reach: which resource assignments select a resource', () => {
  it('an ARN, a typed pattern or "*"; a typed pattern is explicit, "*" is not', () => {
    expect(reach(makeSelection({ resources: [TABLE] }), table())).toBe('explicit');
    expect(reach(makeSelection({ resources: ['arn:aws:dynamodb:*:*:table/*'] }), table())).toBe('explicit');
    expect(reach(makeSelection({ resources: ['*'] }), table())).toBe('generic');
    expect(reach(makeSelection({ resources: ['arn:aws:*'] }), table())).toBe('generic');
    expect(reach(makeSelection({ resources: ['arn:aws:dynamodb:*:*:table/other'] }), table())).toBe('no');
  });
  it('an assignment that names no resources and no tags covers everything (AWS: all opted-in resources)', () => {
    expect(reach(makeSelection({ resources: [] }), table())).toBe('generic');
    expect(reach(makeSelection({ resources: [], conditions: { stringEquals: [{ key: 'backup', value: 'yes' }] } }), table())).toBe('no');
    expect(reach(makeSelection({ resources: [], conditions: { stringEquals: [{ key: 'backup', value: 'yes' }] } }), table({ backup: 'yes' }))).toBe('generic');
  });
  it('NotResources excludes, by ARN or pattern, whatever else selects', () => {
    expect(reach(makeSelection({ resources: ['*'], notResources: ['arn:aws:dynamodb:*:*:table/*'] }), table())).toBe('no');
    expect(reach(makeSelection({ resources: [TABLE], notResources: [TABLE] }), table())).toBe('no');
    expect(reach(makeSelection({ resources: ['*'], notResources: ['arn:aws:ec2:*:*:volume/*'] }), table())).toBe('generic');
  });
  it('ListOfTags: any one StringEquals tag suffices, OR-ed with Resources', () => {
    const sel = makeSelection({ resources: [], listOfTags: [{ key: 'backup', value: 'daily' }, { key: 'tier', value: 'gold' }] });
    expect(reach(sel, table({ tier: 'gold' }))).toBe('generic');
    expect(reach(sel, table({ backup: 'daily' }))).toBe('generic');
    expect(reach(sel, table({ backup: 'Daily' }))).toBe('no');
    expect(reach(sel, table())).toBe('no');
    const both = makeSelection({ resources: ['arn:aws:rds:*:*:db:*'], listOfTags: [{ key: 'backup', value: 'daily' }] });
    expect(reach(both, table({ backup: 'daily' }))).toBe('generic');
  });
  it('Conditions: every test must hold; a missing tag fails Equals/Like and passes NotEquals/NotLike', () => {
    const sel = makeSelection({
      resources: ['arn:aws:dynamodb:*:*:table/*'],
      conditions: { stringEquals: [{ key: 'backup', value: 'true' }], stringNotEquals: [{ key: 'stage', value: 'test' }], stringLike: [{ key: 'owner', value: 'team-*' }], stringNotLike: [{ key: 'note', value: '*skip*' }] },
    });
    expect(reach(sel, table({ backup: 'true', owner: 'team-a' }))).toBe('explicit');
    expect(reach(sel, table({ backup: 'true', owner: 'team-a', stage: 'prod', note: 'keep' }))).toBe('explicit');
    expect(reach(sel, table({ backup: 'true', owner: 'team-a', stage: 'test' }))).toBe('no');
    expect(reach(sel, table({ backup: 'true', owner: 'team-a', note: 'please skip me' }))).toBe('no');
    expect(reach(sel, table({ backup: 'true', owner: 'ops' }))).toBe('no');
    expect(reach(sel, table({ owner: 'team-a' }))).toBe('no');
    expect(reach(sel, table({ backup: 'TRUE', owner: 'team-a' }))).toBe('no');
  });
});

describe('coverage: the verdict from a region\'s assignments and opt-in settings', () => {
  const sels = (...s: ReturnType<typeof makeSelection>[]) => ok({ selections: s, unread: [] });
  const optIn = (v: Record<string, boolean>) => ({ ok: true as const, data: v });

  it('protected by an explicit assignment even when the type is not opted in', () => {
    const cov = coverage(sels(makeSelection({ planName: 'daily', resources: ['arn:aws:dynamodb:*:*:table/*'] })), optIn({ DynamoDB: false }), table());
    expect(cov).toMatchObject({ status: 'protected', by: [{ planName: 'daily' }] });
  });
  it('"*" or tags protect only an opted-in type; an opt-out leaves the resource unprotected', () => {
    const star = sels(makeSelection({ resources: ['*'] }));
    expect(coverage(star, optIn({ DynamoDB: true }), table()).status).toBe('protected');
    expect(coverage(star, optIn({ DynamoDB: false }), table())).toMatchObject({ status: 'unprotected', notOptedIn: [{ name: 'sel' }] });
  });
  it('Aurora needs the opt-in even when named explicitly', () => {
    const cluster: BackupSubject = { arn: 'arn:aws:rds:us-east-1:123456789012:cluster:c', tags: {}, backupType: 'Aurora' };
    const sel = sels(makeSelection({ resources: ['arn:aws:rds:*:*:cluster:*'] }));
    expect(coverage(sel, optIn({ Aurora: false }), cluster).status).toBe('unprotected');
    expect(coverage(sel, optIn({ Aurora: true }), cluster).status).toBe('protected');
  });
  it('unknown when the opt-in matters and could not be read; not when an explicit assignment decides', () => {
    const denial = { ok: false as const, error: denied('backup:DescribeRegionSettings') };
    expect(coverage(sels(makeSelection({ resources: ['*'] })), denial, table())).toMatchObject({ status: 'unknown', error: { operation: 'backup:DescribeRegionSettings' } });
    expect(coverage(sels(makeSelection({ resources: [TABLE] })), denial, table()).status).toBe('protected');
    expect(coverage(sels(makeSelection({ resources: ['arn:aws:rds:*'] })), denial, table()).status).toBe('unprotected');
  });
  it('an unread assignment makes an unprotected verdict unknown, but not a protected one', () => {
    const unread = [{ planName: 'weekly', selectionName: 'tables', error: denied('backup:GetBackupSelection') }];
    expect(coverage(ok({ selections: [], unread }), optIn({}), table())).toMatchObject({ status: 'unknown', error: { operation: 'backup:GetBackupSelection' } });
    expect(coverage(ok({ selections: [makeSelection({ resources: [TABLE] })], unread }), optIn({}), table()).status).toBe('protected');
  });
  it('unknown when the plans could not be listed; unprotected with no assignments at all', () => {
    expect(coverage({ ok: false, error: denied('backup:ListBackupPlans') }, optIn({}), table())).toMatchObject({ status: 'unknown' });
    expect(coverage(sels(), optIn({}), table())).toEqual({ status: 'unprotected', notOptedIn: [] });
    // Where AWS Backup is not offered, nothing can be in a plan: unprotected, not an error.
    const unavailable = { kind: 'Unavailable' as const, code: 'EndpointNotFound', operation: 'backup:ListBackupPlans', message: 'no endpoint' };
    expect(coverage({ ok: false, error: unavailable }, optIn({}), table())).toEqual({ status: 'unprotected', notOptedIn: [] });
  });
});

describe('tags that could not be read', () => {
  const tagsError = denied('dynamodb:ListTagsOfResource');
  const subject: BackupSubject = { ...table(), tagsError };
  it('matter only for assignments that test tags', () => {
    expect(reach(makeSelection({ resources: [TABLE] }), subject)).toBe('explicit');
    expect(reach(makeSelection({ resources: ['arn:aws:rds:*'], listOfTags: [{ key: 'b', value: 'y' }] }), subject)).toBe('unknown');
    expect(reach(makeSelection({ resources: ['arn:aws:dynamodb:*'], conditions: { stringEquals: [{ key: 'b', value: 'y' }] } }), subject)).toBe('unknown');
    expect(reach(makeSelection({ resources: ['*'], notResources: [TABLE], conditions: { stringEquals: [{ key: 'b', value: 'y' }] } }), subject)).toBe('no');
    expect(reach(makeSelection({ resources: ['arn:aws:ec2:*'], conditions: { stringEquals: [{ key: 'b', value: 'y' }] } }), subject)).toBe('no');
  });
  it('make the verdict unknown, naming the tag call, unless another assignment protects the resource', () => {
    const tagged = makeSelection({ resources: ['arn:aws:dynamodb:*'], conditions: { stringEquals: [{ key: 'b', value: 'y' }] } });
    expect(coverage(ok({ selections: [tagged], unread: [] }), { ok: true, data: {} }, subject)).toMatchObject({ status: 'unknown', error: { operation: 'dynamodb:ListTagsOfResource' } });
    const named = makeSelection({ id: 'n', resources: [TABLE] });
    expect(coverage(ok({ selections: [tagged, named], unread: [] }), { ok: true, data: {} }, subject).status).toBe('protected');
  });
});

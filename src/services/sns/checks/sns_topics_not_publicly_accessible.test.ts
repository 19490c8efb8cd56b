import { describe, expect, it } from 'vitest';
import check from './sns_topics_not_publicly_accessible.js';
import { topicAttributes, topics } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (name: string) => `arn:aws:sns:us-east-1:123456789012:${name}`;
const attrs = (statement: object | null) => ({
  ok: true as const,
  data: {
    policy: statement ? JSON.stringify({ Version: '2008-10-17', Statement: [{ Effect: 'Allow', Resource: '*', ...statement }] }) : null,
    kmsMasterKeyId: null,
  },
});

describe('sns_topics_not_publicly_accessible', () => {
  it('PASS for the default owner-only policy', () => {
    const fx = new FixtureInventory()
      .set(topics, [{ name: 'alerts', arn: arn('alerts') }])
      .set(topicAttributes, {
        [arn('alerts')]: attrs({
          Sid: '__default_statement_ID',
          Principal: { AWS: '*' },
          Action: ['SNS:Publish', 'SNS:Subscribe', 'SNS:GetTopicAttributes'],
          Condition: { StringEquals: { 'AWS:SourceOwner': '123456789012' } },
        }),
      });
    const [f] = runCheck(check, fx);
    expect(f).toMatchObject({ status: 'PASS', resource: { arn: arn('alerts'), id: 'alerts' } });
  });

  it('FAIL when anyone may publish, or when the only condition names another account', () => {
    const fx = new FixtureInventory()
      .set(topics, [
        { name: 'open', arn: arn('open') },
        { name: 'foreign', arn: arn('foreign') },
      ])
      .set(topicAttributes, {
        [arn('open')]: attrs({ Sid: 'pub', Principal: '*', Action: 'SNS:Publish' }),
        [arn('foreign')]: attrs({ Principal: '*', Action: 'SNS:Subscribe', Condition: { StringEquals: { 'aws:SourceAccount': '999999999999' } } }),
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ open: 'FAIL', foreign: 'FAIL' });
    expect(findings[0].statusExtended).toContain('SNS topic open');
  });

  it('ERROR when the topic attributes were denied', () => {
    const fx = new FixtureInventory()
      .set(topics, [{ name: 'a', arn: arn('a') }])
      .set(topicAttributes, { [arn('a')]: { ok: false, error: denied('sns:GetTopicAttributes') } });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('sns:GetTopicAttributes');
  });
});

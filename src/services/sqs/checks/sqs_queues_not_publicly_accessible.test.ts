import { describe, expect, it } from 'vitest';
import check from './sqs_queues_not_publicly_accessible.js';
import { queueAttributes, queues } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const queue = (name: string) => ({ name, url: `https://sqs.us-east-1.amazonaws.com/123456789012/${name}`, arn: `arn:aws:sqs:us-east-1:123456789012:${name}` });
const attrs = (statements: object[] | null) => ({
  ok: true as const,
  data: {
    policy: statements ? JSON.stringify({ Version: '2012-10-17', Statement: statements.map((s) => ({ Resource: '*', ...s })) }) : null,
    kmsMasterKeyId: null,
    sqsManagedSse: true,
  },
});

describe('sqs_queues_not_publicly_accessible', () => {
  it('PASS for a queue without a policy, or fed only by a topic of this account', () => {
    const fx = new FixtureInventory().set(queues, [queue('jobs'), queue('fanout')]).set(queueAttributes, {
      [queue('jobs').arn]: attrs(null),
      [queue('fanout').arn]: attrs([
        {
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:events' } },
        },
        // A public Allow that an unconditional public Deny covers entirely is not exposure.
        { Effect: 'Allow', Principal: '*', Action: 'sqs:ReceiveMessage' },
        { Effect: 'Deny', Principal: '*', Action: 'sqs:*' },
      ]),
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ jobs: 'PASS', fanout: 'PASS' });
    expect(findings[0].resource.details).toEqual({ url: queue('jobs').url });
  });

  it('FAIL for a queue anyone may receive from', () => {
    const fx = new FixtureInventory()
      .set(queues, [queue('leaky')])
      .set(queueAttributes, { [queue('leaky').arn]: attrs([{ Sid: 'read', Effect: 'Allow', Principal: { AWS: ['*'] }, Action: 'sqs:ReceiveMessage' }]) });
    const [f] = runCheck(check, fx);
    expect(f).toMatchObject({ status: 'FAIL', resource: { arn: queue('leaky').arn } });
    expect(f.statusExtended).toContain('SQS queue leaky');
    expect(f.statusExtended).toContain('"read"');
  });

  it('ERROR for a queue whose attributes were denied, and when the queues could not be listed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(queues, [queue('q')], ['us-east-1'])
      .set(queueAttributes, { [queue('q').arn]: { ok: false, error: denied('sqs:GetQueueAttributes') } }, ['us-east-1'])
      .set(queues, { error: denied('sqs:ListQueues') }, ['eu-west-1'])
      .set(queueAttributes, { error: denied('sqs:ListQueues') }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'ERROR'],
      ['eu-west-1', 'ERROR'],
    ]);
    expect(findings[0].statusExtended).toContain('sqs:GetQueueAttributes');
    expect(findings[1].statusExtended).toContain('sqs:ListQueues');
  });
});

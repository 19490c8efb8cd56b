import { describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { DescribeServicesCommand, DescribeTrustedAdvisorCheckResultCommand, DescribeTrustedAdvisorChecksCommand, SupportClient } from '@aws-sdk/client-support';
import { collectWithPool } from '../../../test/helpers/collect.js';
import { ClientPool } from '../../aws/client.js';
import { advisorChecks, supportPlan } from './collectors.js';

const pool = () => new ClientPool({ credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }), maxAttempts: 1, extraConfig: { endpoint: 'http://127.0.0.1:9' } });
const noPlan = () => Object.assign(new Error('AWS Premium Support Subscription is required'), { name: 'SubscriptionRequiredException', $metadata: { httpStatusCode: 400 } });

describe('trustedadvisor collectors (aws-sdk-client-mock: moto lacks DescribeServices and DescribeTrustedAdvisorCheckResult)', () => {
  it('reads a premium plan and the check results', async () => {
    const mock = mockClient(SupportClient);
    mock.on(DescribeServicesCommand).resolves({ services: [] });
    mock.on(DescribeTrustedAdvisorChecksCommand).resolves({ checks: [{ id: 'c1', name: 'MFA on Root Account', category: 'security', description: '', metadata: [] }] });
    mock.on(DescribeTrustedAdvisorCheckResultCommand).resolves({ result: { checkId: 'c1', timestamp: '', status: 'warning', resourcesSummary: { resourcesFlagged: 2, resourcesProcessed: 2, resourcesIgnored: 0, resourcesSuppressed: 0 }, categorySpecificSummary: {}, flaggedResources: [] } });
    try {
      const inv = await collectWithPool(pool(), [supportPlan, advisorChecks]);
      expect(inv.get(supportPlan)).toEqual({ ok: true, data: { premium: true } });
      expect(inv.get(advisorChecks)).toEqual({ ok: true, data: [{ id: 'c1', name: 'MFA on Root Account', category: 'security', status: { ok: true, data: 'warning' }, flaggedResources: 2 }] });
    } finally {
      mock.restore();
    }
  });
  it('a basic plan is an answer, not an error', async () => {
    const mock = mockClient(SupportClient);
    mock.on(DescribeServicesCommand).rejects(noPlan());
    mock.on(DescribeTrustedAdvisorChecksCommand).rejects(noPlan());
    try {
      const inv = await collectWithPool(pool(), [supportPlan, advisorChecks]);
      expect(inv.get(supportPlan)).toEqual({ ok: true, data: { premium: false } });
      expect(inv.get(advisorChecks)).toEqual({ ok: true, data: null });
    } finally {
      mock.restore();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { FMSClient, ListComplianceStatusCommand, ListPoliciesCommand } from '@aws-sdk/client-fms';
import { collectWithPool } from '../../../test/helpers/collect.js';
import { ClientPool } from '../../aws/client.js';
import { policies } from './collectors.js';

const pool = () => new ClientPool({ credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }), maxAttempts: 1, extraConfig: { endpoint: 'http://127.0.0.1:9' } });

describe('fms collectors (aws-sdk-client-mock: moto lacks fms ListPolicies and ListComplianceStatus)', () => {
  it('lists policies with the compliance of each member account', async () => {
    const mock = mockClient(FMSClient);
    mock.on(ListPoliciesCommand).resolves({ PolicyList: [{ PolicyId: 'p-1', PolicyName: 'waf', PolicyArn: 'arn:aws:fms:us-east-1:123456789012:policy/p-1', SecurityServiceType: 'WAFV2', RemediationEnabled: true }] });
    mock
      .on(ListComplianceStatusCommand, { PolicyId: 'p-1' })
      .resolvesOnce({ PolicyComplianceStatusList: [{ MemberAccount: '111111111111', EvaluationResults: [{ ComplianceStatus: 'COMPLIANT', ViolatorCount: 0 }] }], NextToken: 'n' })
      .resolvesOnce({ PolicyComplianceStatusList: [{ MemberAccount: '222222222222', EvaluationResults: [{ ComplianceStatus: 'NON_COMPLIANT', ViolatorCount: 3 }] }] });
    try {
      const inv = await collectWithPool(pool(), [policies]);
      expect(inv.get(policies, 'us-east-1')).toEqual({
        ok: true,
        data: {
          administrator: true,
          policies: [
            {
              id: 'p-1',
              name: 'waf',
              arn: 'arn:aws:fms:us-east-1:123456789012:policy/p-1',
              securityServiceType: 'WAFV2',
              remediationEnabled: true,
              compliance: {
                ok: true,
                data: [
                  { account: '111111111111', statuses: ['COMPLIANT'], violators: 0 },
                  { account: '222222222222', statuses: ['NON_COMPLIANT'], violators: 3 },
                ],
              },
            },
          ],
        },
      });
    } finally {
      mock.restore();
    }
  });

  it('tells "not the Firewall Manager administrator" apart from a denial', async () => {
    const mock = mockClient(FMSClient);
    const refusal = Object.assign(new Error('The operation is not allowed because the account is not the AWS Firewall Manager administrator'), { name: 'AccessDeniedException' });
    mock.on(ListPoliciesCommand).rejects(refusal);
    try {
      const inv = await collectWithPool(pool(), [policies]);
      expect(inv.get(policies, 'us-east-1')).toEqual({ ok: true, data: { administrator: false, policies: [] } });
      mock.reset();
      mock.on(ListPoliciesCommand).rejects(Object.assign(new Error('User: arn:aws:iam::123456789012:user/admin is not authorized to perform: fms:ListPolicies'), { name: 'AccessDeniedException' }));
      const denied = await collectWithPool(pool(), [policies]);
      const r = denied.get(policies, 'us-east-1');
      expect(r.ok).toBe(false);
    } finally {
      mock.restore();
    }
  });
});

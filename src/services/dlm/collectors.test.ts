import { describe, expect, it } from 'vitest';
import { DLMClient, GetLifecyclePoliciesCommand } from '@aws-sdk/client-dlm';
import { mockClient } from 'aws-sdk-client-mock';
import type { Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { lifecyclePolicies } from './collectors.js';

describe('dlm collectors (aws-sdk-client-mock: moto lacks dlm:GetLifecyclePolicies)', () => {
  it('reads the policies with type, state and default flag, and records a denial as the fact error', async () => {
    const mock = mockClient(DLMClient);
    try {
      mock.on(GetLifecyclePoliciesCommand).resolves({
        Policies: [
          { PolicyId: 'policy-1', Description: 'daily', State: 'ENABLED', PolicyType: 'EBS_SNAPSHOT_MANAGEMENT' },
          { PolicyId: 'policy-2', State: 'DISABLED', PolicyType: 'IMAGE_MANAGEMENT', DefaultPolicy: true },
        ],
      });
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [lifecyclePolicies]);
      expect(inv.get(lifecyclePolicies)).toEqual({
        ok: true,
        data: [
          { id: 'policy-1', arn: 'arn:aws:dlm:us-east-1:123456789012:policy/policy-1', description: 'daily', state: 'ENABLED', policyType: 'EBS_SNAPSHOT_MANAGEMENT', defaultPolicy: false },
          { id: 'policy-2', arn: 'arn:aws:dlm:us-east-1:123456789012:policy/policy-2', state: 'DISABLED', policyType: 'IMAGE_MANAGEMENT', defaultPolicy: true },
        ],
      });
      mock.reset();
      mock.on(GetLifecyclePoliciesCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }));
      const denied = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [lifecyclePolicies]);
      expect(denied.get(lifecyclePolicies)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'dlm:GetLifecyclePolicies' } });
    } finally {
      mock.restore();
    }
  });
});

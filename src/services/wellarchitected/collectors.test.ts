import { describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { ListWorkloadsCommand, WellArchitectedClient } from '@aws-sdk/client-wellarchitected';
import { collectWithPool } from '../../../test/helpers/collect.js';
import { ClientPool } from '../../aws/client.js';
import { workloads } from './collectors.js';

const pool = () => new ClientPool({ credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }), maxAttempts: 1, extraConfig: { endpoint: 'http://127.0.0.1:9' } });

describe('wellarchitected collectors', () => {
  it('lists workloads with risk counts (aws-sdk-client-mock: moto lacks wellarchitected ListWorkloads)', async () => {
    const mock = mockClient(WellArchitectedClient);
    mock.on(ListWorkloadsCommand).resolves({ WorkloadSummaries: [{ WorkloadId: 'w1', WorkloadArn: 'arn:aws:wellarchitected:us-east-1:123456789012:workload/w1', WorkloadName: 'shop', RiskCounts: { HIGH: 2, MEDIUM: 0 } }] });
    try {
      const inv = await collectWithPool(pool(), [workloads]);
      expect(inv.get(workloads, 'us-east-1')).toEqual({
        ok: true,
        data: [{ id: 'w1', arn: 'arn:aws:wellarchitected:us-east-1:123456789012:workload/w1', name: 'shop', riskCounts: { HIGH: 2, MEDIUM: 0 } }],
      });
    } finally {
      mock.restore();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { GetReplicationSetCommand, ListReplicationSetsCommand, ListResponsePlansCommand, SSMIncidentsClient } from '@aws-sdk/client-ssm-incidents';
import { collectWithPool } from '../../../test/helpers/collect.js';
import { ClientPool } from '../../aws/client.js';
import { incidentSetup } from './collectors.js';

const pool = () => new ClientPool({ credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }), maxAttempts: 1, extraConfig: { endpoint: 'http://127.0.0.1:9' } });

describe('ssmincidents collectors', () => {
  it('reads the replication set and response plans (aws-sdk-client-mock: moto lacks ssm-incidents)', async () => {
    const mock = mockClient(SSMIncidentsClient);
    mock.on(ListReplicationSetsCommand).resolves({ replicationSetArns: ['arn:aws:ssm-incidents::123456789012:replication-set/x'] });
    mock.on(GetReplicationSetCommand).resolves({ replicationSet: { status: 'ACTIVE', regionMap: { 'us-east-1': { status: 'ACTIVE' } } } as never });
    mock.on(ListResponsePlansCommand).resolves({ responsePlanSummaries: [{ arn: 'arn:aws:ssm-incidents::123456789012:response-plan/db', name: 'db' }] });
    try {
      const inv = await collectWithPool(pool(), [incidentSetup]);
      expect(inv.get(incidentSetup, 'us-east-1')).toEqual({
        ok: true,
        data: {
          replicationSet: { arn: 'arn:aws:ssm-incidents::123456789012:replication-set/x', status: 'ACTIVE', regions: ['us-east-1'] },
          responsePlans: [{ arn: 'arn:aws:ssm-incidents::123456789012:response-plan/db', name: 'db' }],
        },
      });
    } finally {
      mock.restore();
    }
  });
});

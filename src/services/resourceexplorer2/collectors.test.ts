import { describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { ListIndexesCommand, ResourceExplorer2Client } from '@aws-sdk/client-resource-explorer-2';
import { collectWithPool } from '../../../test/helpers/collect.js';
import { ClientPool } from '../../aws/client.js';
import { indexes } from './collectors.js';

const pool = () => new ClientPool({ credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }), maxAttempts: 1, extraConfig: { endpoint: 'http://127.0.0.1:9' } });

describe('resourceexplorer2 collectors', () => {
  it('lists indexes across pages (aws-sdk-client-mock: moto lacks resource-explorer-2 ListIndexes)', async () => {
    const mock = mockClient(ResourceExplorer2Client);
    mock
      .on(ListIndexesCommand)
      .resolvesOnce({ Indexes: [{ Arn: 'arn:aws:resource-explorer-2:us-east-1:123456789012:index/a', Region: 'us-east-1', Type: 'AGGREGATOR' }], NextToken: 'n' })
      .resolvesOnce({ Indexes: [{ Arn: 'arn:aws:resource-explorer-2:eu-west-1:123456789012:index/b', Region: 'eu-west-1', Type: 'LOCAL' }] });
    try {
      const inv = await collectWithPool(pool(), [indexes]);
      expect(inv.get(indexes)).toEqual({
        ok: true,
        data: [
          { arn: 'arn:aws:resource-explorer-2:us-east-1:123456789012:index/a', region: 'us-east-1', type: 'AGGREGATOR' },
          { arn: 'arn:aws:resource-explorer-2:eu-west-1:123456789012:index/b', region: 'eu-west-1', type: 'LOCAL' },
        ],
      });
    } finally {
      mock.restore();
    }
  });
});

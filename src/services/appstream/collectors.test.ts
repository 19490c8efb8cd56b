import { describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { AppStreamClient, DescribeFleetsCommand } from '@aws-sdk/client-appstream';
import { collectWithPool } from '../../../test/helpers/collect.js';
import { ClientPool } from '../../aws/client.js';
import { fleets } from './collectors.js';

const pool = () => new ClientPool({ credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }), maxAttempts: 1, extraConfig: { endpoint: 'http://127.0.0.1:9' } });

describe('appstream collectors', () => {
  it('lists fleets across pages with their session settings (aws-sdk-client-mock: moto lacks appstream DescribeFleets)', async () => {
    const mock = mockClient(AppStreamClient);
    mock
      .on(DescribeFleetsCommand)
      .resolvesOnce({
        Fleets: [
          {
            Name: 'analysts',
            Arn: 'arn:aws:appstream:us-east-1:123456789012:fleet/analysts',
            FleetType: 'ON_DEMAND',
            State: 'RUNNING',
            MaxUserDurationInSeconds: 57600,
            DisconnectTimeoutInSeconds: 900,
            IdleDisconnectTimeoutInSeconds: 0,
            EnableDefaultInternetAccess: true,
          } as never,
        ],
        NextToken: 'next',
      })
      .resolvesOnce({ Fleets: [{ Name: 'elastic', FleetType: 'ELASTIC', MaxUserDurationInSeconds: 3600 } as never] });
    try {
      const inv = await collectWithPool(pool(), [fleets]);
      expect(inv.get(fleets, 'us-east-1')).toEqual({
        ok: true,
        data: [
          {
            name: 'analysts',
            arn: 'arn:aws:appstream:us-east-1:123456789012:fleet/analysts',
            fleetType: 'ON_DEMAND',
            state: 'RUNNING',
            maxUserDurationSeconds: 57600,
            disconnectTimeoutSeconds: 900,
            idleDisconnectTimeoutSeconds: 0,
            enableDefaultInternetAccess: true,
          },
          { name: 'elastic', arn: 'arn:aws:appstream:us-east-1:123456789012:fleet/elastic', fleetType: 'ELASTIC', maxUserDurationSeconds: 3600, enableDefaultInternetAccess: false },
        ],
      });
      expect(mock.commandCalls(DescribeFleetsCommand)[1].args[0].input).toEqual({ NextToken: 'next' });
    } finally {
      mock.restore();
    }
  });
});

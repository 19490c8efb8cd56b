import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetInstancesCommand, GetRelationalDatabasesCommand, GetStaticIpsCommand, LightsailClient } from '@aws-sdk/client-lightsail';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { databases, instances, staticIps } from './collectors.js';

describe('lightsail collectors', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('follows page tokens and maps instances, databases and static IPs (aws-sdk-client-mock: moto lacks lightsail)', async () => {
    const mock = mockClient(LightsailClient);
    try {
      mock
        .on(GetInstancesCommand, { pageToken: undefined })
        .resolves({
          instances: [
            {
              name: 'web',
              arn: 'arn:aws:lightsail:us-east-1:123456789012:Instance/1',
              publicIpAddress: '198.51.100.7',
              networking: { ports: [{ fromPort: 22, toPort: 22, protocol: 'tcp', cidrs: ['0.0.0.0/0'] }, { fromPort: 443, toPort: 443, protocol: 'tcp', cidrs: ['203.0.113.0/24'] }] },
              addOns: [{ name: 'AutoSnapshot', status: 'Enabled' }],
            },
          ],
          nextPageToken: 'p2',
        })
        .on(GetInstancesCommand, { pageToken: 'p2' })
        .resolves({ instances: [{ name: 'db-host', arn: 'arn:aws:lightsail:us-east-1:123456789012:Instance/2', networking: { ports: [{ fromPort: 80, toPort: 81, protocol: 'tcp', ipv6Cidrs: ['::/0'] }] } }] });
      mock.on(GetRelationalDatabasesCommand).resolves({ relationalDatabases: [{ name: 'db', arn: 'arn:aws:lightsail:us-east-1:123456789012:RelationalDatabase/1', publiclyAccessible: true }] });
      mock.on(GetStaticIpsCommand).resolves({ staticIps: [{ name: 'ip1', arn: 'arn:aws:lightsail:us-east-1:123456789012:StaticIp/1', isAttached: false }] });
      const inv = await collectFromMoto(moto, [instances, databases, staticIps]);
      expect(inv.get(instances)).toEqual({
        ok: true,
        data: [
          { name: 'web', arn: 'arn:aws:lightsail:us-east-1:123456789012:Instance/1', publicIp: '198.51.100.7', portsOpenToAll: ['22/tcp'], autoSnapshot: true },
          { name: 'db-host', arn: 'arn:aws:lightsail:us-east-1:123456789012:Instance/2', publicIp: undefined, portsOpenToAll: ['80-81/tcp'], autoSnapshot: false },
        ],
      });
      expect(inv.get(databases)).toMatchObject({ ok: true, data: [{ name: 'db', publiclyAccessible: true }] });
      expect(inv.get(staticIps)).toMatchObject({ ok: true, data: [{ name: 'ip1', attachedTo: undefined }] });
    } finally {
      mock.restore();
    }
  });
});

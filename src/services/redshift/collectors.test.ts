import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateClusterCommand, DescribeClustersCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { clusters } from './collectors.js';

describe('redshift collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists clusters with their settings and logging status', async () => {
    const client = new RedshiftClient(moto.config('us-east-1'));
    await client.send(
      new CreateClusterCommand({
        ClusterIdentifier: 'wh',
        NodeType: 'ra3.xlplus',
        MasterUsername: 'awsuser',
        MasterUserPassword: 'Password123',
        Encrypted: true,
        PubliclyAccessible: true,
        EnhancedVpcRouting: true,
        DBName: 'dev',
      }),
    );
    const inv = await collectFromMoto(moto, [clusters]);
    const r = inv.get(clusters);
    expect(r.ok && r.data).toMatchObject([
      { id: 'wh', arn: 'arn:aws:redshift:us-east-1:123456789012:cluster:wh', encrypted: true, publiclyAccessible: true, enhancedVpcRouting: true, masterUsername: 'awsuser', dbName: 'dev', logging: { ok: true, data: { enabled: false } } },
    ]);
  });
});

describe('redshift collectors errors (aws-sdk-client-mock: moto omits MultiAZ)', () => {
  it('reads MultiAZ and records a denied listing as the fact error', async () => {
    const mock = mockClient(RedshiftClient);
    try {
      mock.on(DescribeClustersCommand).resolves({ Clusters: [{ ClusterIdentifier: 'c', MultiAZ: 'Enabled' }] });
      const ok = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [clusters]);
      const r = ok.get(clusters);
      expect(r.ok && r.data[0].multiAz).toBe('Enabled');
      mock.reset();
      mock.on(DescribeClustersCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [clusters]);
      expect(inv.get(clusters)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'redshift:DescribeClusters' } });
    } finally {
      mock.restore();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateClusterCommand, DescribeClustersCommand, MemoryDBClient } from '@aws-sdk/client-memorydb';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { clusters } from './collectors.js';

describe('memorydb collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists clusters with their upgrade setting', async () => {
    const client = new MemoryDBClient(moto.config('us-east-1'));
    await client.send(new CreateClusterCommand({ ClusterName: 'sessions', NodeType: 'db.t4g.small', ACLName: 'open-access', AutoMinorVersionUpgrade: false }));
    const inv = await collectFromMoto(moto, [clusters]);
    expect(inv.get(clusters)).toMatchObject({ ok: true, data: [{ id: 'sessions', autoMinorVersionUpgrade: false }] });
  });
});

describe('memorydb collectors errors (aws-sdk-client-mock)', () => {
  it('records a denied listing as the fact error', async () => {
    const mock = mockClient(MemoryDBClient);
    try {
      mock.on(DescribeClustersCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [clusters]);
      expect(inv.get(clusters)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'memorydb:DescribeClusters' } });
    } finally {
      mock.restore();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateTableCommand, DynamoDBClient, PutResourcePolicyCommand, UpdateContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import { CreateClusterCommand, DAXClient, DescribeClustersCommand } from '@aws-sdk/client-dax';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { continuousBackups, daxClusters, tablePolicies, tables } from './collectors.js';

const arn = (n: string) => `arn:aws:dynamodb:us-east-1:123456789012:table/${n}`;

describe('dynamodb collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads tables, point-in-time recovery, resource policies and DAX clusters', async () => {
    const db = new DynamoDBClient(moto.config('us-east-1'));
    const table = (TableName: string, extra: object = {}) =>
      db.send(
        new CreateTableCommand({
          TableName,
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
          ...extra,
        }),
      );
    await table('orders', { DeletionProtectionEnabled: true, SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/orders' } });
    await table('scratch');
    await db.send(new UpdateContinuousBackupsCommand({ TableName: 'orders', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
    await db.send(
      new PutResourcePolicyCommand({
        ResourceArn: arn('orders'),
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 'dynamodb:GetItem', Resource: arn('orders') }] }),
      }),
    );
    const dax = new DAXClient(moto.config('us-east-1'));
    await dax.send(
      new CreateClusterCommand({ ClusterName: 'cache', NodeType: 'dax.t3.small', ReplicationFactor: 3, IamRoleArn: 'arn:aws:iam::123456789012:role/dax', SSESpecification: { Enabled: true }, ClusterEndpointEncryptionType: 'TLS' }),
    );
    const inv = await collectFromMoto(moto, [tables, continuousBackups, tablePolicies, daxClusters]);
    const t = inv.get(tables);
    expect(t.ok && t.data.find((x) => x.name === 'orders')).toMatchObject({ arn: arn('orders'), deletionProtection: true, sseType: 'KMS' });
    expect(t.ok && t.data.find((x) => x.name === 'scratch')).toMatchObject({ deletionProtection: false });
    const pitr = inv.get(continuousBackups);
    expect(pitr.ok && pitr.data[arn('orders')]).toEqual({ ok: true, data: true });
    expect(pitr.ok && pitr.data[arn('scratch')]).toEqual({ ok: true, data: false });
    const pol = inv.get(tablePolicies);
    expect(pol.ok && pol.data[arn('scratch')]).toEqual({ ok: true, data: null });
    const orders = pol.ok ? pol.data[arn('orders')] : undefined;
    expect(orders?.ok && orders.data).toContain('999988887777');
    expect(inv.get(daxClusters)).toMatchObject({ ok: true, data: [{ id: 'cache', sseStatus: 'ENABLED', endpointEncryption: 'TLS' }] });
  });
});

describe('dax collectors (aws-sdk-client-mock: moto answers DAX clusters without Nodes)', () => {
  it('reads node Availability Zones, and records a denial as the fact error', async () => {
    const mock = mockClient(DAXClient);
    try {
      mock.on(DescribeClustersCommand).resolves({ Clusters: [{ ClusterName: 'c', TotalNodes: 2, Nodes: [{ AvailabilityZone: 'us-east-1a' }, { AvailabilityZone: 'us-east-1b' }] }] });
      const ok = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [daxClusters]);
      expect(ok.get(daxClusters)).toMatchObject({ ok: true, data: [{ id: 'c', nodeZones: ['us-east-1a', 'us-east-1b'], nodeCount: 2 }] });
      mock.reset();
      mock.on(DescribeClustersCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [daxClusters]);
      expect(inv.get(daxClusters)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'dax:DescribeClusters' } });
    } finally {
      mock.restore();
    }
  });
});

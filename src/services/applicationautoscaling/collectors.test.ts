import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationAutoScalingClient, PutScalingPolicyCommand, RegisterScalableTargetCommand } from '@aws-sdk/client-application-auto-scaling';
import { CreateTableCommand, DynamoDBClient, TagResourceCommand } from '@aws-sdk/client-dynamodb';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { scalingOf } from './collectors.js';
import { tableTags, tables } from '../dynamodb/collectors.js';

describe('application auto scaling collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads the scalable targets and policies of a namespace, one fact per namespace', async () => {
    expect(scalingOf('dynamodb')).toBe(scalingOf('dynamodb'));
    expect(scalingOf('ecs').id).not.toBe(scalingOf('dynamodb').id);
    const db = new DynamoDBClient(moto.config('us-east-1'));
    await db.send(new CreateTableCommand({
      TableName: 'orders', BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'day', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [{ IndexName: 'by-day', KeySchema: [{ AttributeName: 'day', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }],
    }));
    await db.send(new TagResourceCommand({ ResourceArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders', Tags: [{ Key: 'backup', Value: 'daily' }] }));
    const aas = new ApplicationAutoScalingClient(moto.config('us-east-1'));
    await aas.send(new RegisterScalableTargetCommand({ ServiceNamespace: 'dynamodb', ResourceId: 'table/orders', ScalableDimension: 'dynamodb:table:ReadCapacityUnits', MinCapacity: 5, MaxCapacity: 50 }));
    await aas.send(new PutScalingPolicyCommand({
      ServiceNamespace: 'dynamodb', ResourceId: 'table/orders', ScalableDimension: 'dynamodb:table:ReadCapacityUnits', PolicyName: 'read-70', PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: { TargetValue: 70, PredefinedMetricSpecification: { PredefinedMetricType: 'DynamoDBReadCapacityUtilization' } },
    }));
    const inv = await collectFromMoto(moto, [scalingOf('dynamodb'), tables, tableTags]);
    expect(inv.get(scalingOf('dynamodb'))).toMatchObject({
      ok: true,
      data: {
        targets: [{ resourceId: 'table/orders', dimension: 'dynamodb:table:ReadCapacityUnits', min: 5, max: 50, suspended: { scaleOut: false } }],
        policies: [{ name: 'read-70', resourceId: 'table/orders', dimension: 'dynamodb:table:ReadCapacityUnits', type: 'TargetTrackingScaling' }],
      },
    });
    expect(inv.get(tables)).toMatchObject({ ok: true, data: [{ name: 'orders', billingMode: 'PROVISIONED', globalIndexes: ['by-day'] }] });
    const tags = inv.get(tableTags);
    expect(tags.ok && tags.data['arn:aws:dynamodb:us-east-1:123456789012:table/orders']).toEqual({ ok: true, data: { backup: 'daily' } });
  });
});

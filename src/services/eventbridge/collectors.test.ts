import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateEventBusCommand, EventBridgeClient, ListEventBusesCommand, PutPermissionCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { eventBuses } from './collectors.js';
import busExposed from './checks/eventbridge_bus_exposed.js';
import { evaluate } from '../../core/evaluate.js';
import { buildComplianceIndex } from '../../compliance/index.js';

describe('eventbridge collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists the buses of each region with their resource policies', async () => {
    const us = new EventBridgeClient(moto.config('us-east-1'));
    await us.send(new CreateEventBusCommand({ Name: 'orders' }));
    await us.send(new PutPermissionCommand({ EventBusName: 'orders', Action: 'events:PutEvents', Principal: '*', StatementId: 'anyone' }));
    await new EventBridgeClient(moto.config('eu-west-1')).send(new CreateEventBusCommand({ Name: 'eu-bus' }));

    const inv = await collectFromMoto(moto, [eventBuses], ['us-east-1', 'eu-west-1']);
    const usBuses = inv.get(eventBuses, 'us-east-1');
    const euBuses = inv.get(eventBuses, 'eu-west-1');
    expect(usBuses.ok).toBe(true);
    if (!usBuses.ok || !euBuses.ok) throw new Error('expected data');
    expect(usBuses.data.map((b) => b.name).sort()).toEqual(['default', 'orders']);
    expect(euBuses.data.map((b) => b.name).sort()).toEqual(['default', 'eu-bus']);
    const orders = usBuses.data.find((b) => b.name === 'orders')!;
    expect(orders.arn).toBe('arn:aws:events:us-east-1:123456789012:event-bus/orders');
    // moto (like EventBridge) stores Principal '*' as the wildcard account root.
    expect(JSON.parse(orders.policy!).Statement[0]).toMatchObject({ Sid: 'anyone', Action: 'events:PutEvents', Principal: { AWS: 'arn:aws:iam::*:root' } });
    expect(euBuses.data.every((b) => b.policy === null)).toBe(true);

    // End to end: the check reads moto's own policy text and flags only the open bus.
    const findings = [...evaluate([busExposed], inv, { compliance: buildComplianceIndex() })];
    expect(Object.fromEntries(findings.map((f) => [`${f.region}/${f.resource.id}`, f.status]))).toEqual({
      'us-east-1/default': 'PASS',
      'us-east-1/orders': 'FAIL',
      'eu-west-1/default': 'PASS',
      'eu-west-1/eu-bus': 'PASS',
    });
  });

  it('records a denied ListEventBuses as the region error (aws-sdk-client-mock)', async () => {
    const mock = mockClient(EventBridgeClient);
    try {
      mock.on(ListEventBusesCommand).rejects(Object.assign(new Error('no'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto(moto, [eventBuses]);
      expect(inv.get(eventBuses)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'events:ListEventBuses' } });
    } finally {
      mock.restore();
    }
  });

  it('follows NextToken across pages (aws-sdk-client-mock)', async () => {
    const mock = mockClient(EventBridgeClient);
    try {
      mock
        .on(ListEventBusesCommand, { NextToken: undefined })
        .resolves({ EventBuses: [{ Name: 'a', Arn: 'arn:aws:events:us-east-1:123456789012:event-bus/a' }], NextToken: 't1' })
        .on(ListEventBusesCommand, { NextToken: 't1' })
        .resolves({ EventBuses: [{ Name: 'b', Arn: 'arn:aws:events:us-east-1:123456789012:event-bus/b', Policy: '{}' }] });
      const inv = await collectFromMoto(moto, [eventBuses]);
      expect(inv.get(eventBuses)).toEqual({
        ok: true,
        data: [
          { name: 'a', arn: 'arn:aws:events:us-east-1:123456789012:event-bus/a', policy: null },
          { name: 'b', arn: 'arn:aws:events:us-east-1:123456789012:event-bus/b', policy: '{}' },
        ],
      });
    } finally {
      mock.restore();
    }
  });
});

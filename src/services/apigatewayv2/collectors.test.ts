import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiGatewayV2Client, CreateApiCommand, CreateStageCommand, GetApisCommand, GetStagesCommand } from '@aws-sdk/client-apigatewayv2';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { apiStages, apis } from './collectors.js';

describe('apigatewayv2 collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists APIs and their stages with access log destinations, per region', async () => {
    const east = new ApiGatewayV2Client(moto.config('us-east-1'));
    const west = new ApiGatewayV2Client(moto.config('eu-west-1'));
    const shop = await east.send(new CreateApiCommand({ Name: 'shop', ProtocolType: 'HTTP', Tags: { team: 'web' } }));
    const dest = 'arn:aws:logs:us-east-1:123456789012:log-group:/api/shop';
    await east.send(new CreateStageCommand({ ApiId: shop.ApiId, StageName: 'prod', AccessLogSettings: { DestinationArn: dest, Format: '$context.requestId' } }));
    await east.send(new CreateStageCommand({ ApiId: shop.ApiId, StageName: 'dev' }));
    const chat = await west.send(new CreateApiCommand({ Name: 'chat', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' }));
    await west.send(new CreateStageCommand({ ApiId: chat.ApiId, StageName: 'live' }));

    const inv = await collectFromMoto(moto, [apis, apiStages], ['us-east-1', 'eu-west-1']);
    expect(inv.get(apis, 'us-east-1')).toEqual({ ok: true, data: [{ id: shop.ApiId, name: 'shop', protocolType: 'HTTP', tags: { team: 'web' } }] });
    expect(inv.get(apis, 'eu-west-1')).toMatchObject({ ok: true, data: [{ id: chat.ApiId, name: 'chat', protocolType: 'WEBSOCKET' }] });
    const e = inv.get(apiStages, 'us-east-1');
    const eStages = e.ok ? e.data[shop.ApiId ?? ''] : undefined;
    expect(eStages?.ok && eStages.data.map((s) => [s.name, s.accessLogDestination]).sort()).toEqual([
      ['dev', undefined],
      ['prod', dest],
    ]);
    const w = inv.get(apiStages, 'eu-west-1');
    const wStages = w.ok ? w.data[chat.ApiId ?? ''] : undefined;
    expect(wStages?.ok && wStages.data.map((s) => s.name)).toEqual(['live']);
  });
});

describe('apigatewayv2 errors (aws-sdk-client-mock)', () => {
  it('follows NextToken and keeps a denied GetStages as that API\'s error', async () => {
    const mock = mockClient(ApiGatewayV2Client);
    try {
      mock.on(GetApisCommand, { NextToken: undefined }).resolves({ Items: [{ ApiId: 'a1', Name: 'one', ProtocolType: 'HTTP' } as never], NextToken: 't2' });
      mock.on(GetApisCommand, { NextToken: 't2' }).resolves({ Items: [{ ApiId: 'a2', Name: 'two', ProtocolType: 'HTTP' } as never] });
      mock.on(GetStagesCommand, { ApiId: 'a1' }).resolves({ Items: [{ StageName: '$default' } as never] });
      mock.on(GetStagesCommand, { ApiId: 'a2' }).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [apis, apiStages]);
      const list = inv.get(apis);
      expect(list.ok && list.data.map((a) => a.id)).toEqual(['a1', 'a2']);
      const r = inv.get(apiStages);
      expect(r.ok && r.data.a1).toEqual({ ok: true, data: [{ name: '$default', tags: {} }] });
      expect(r.ok && r.data.a2).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'apigateway:GetStages' } });
    } finally {
      mock.restore();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  GetRestApisCommand,
  GetStagesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
  GetResourcesCommand,
} from '@aws-sdk/client-api-gateway';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { restApiStages, restApis } from './collectors.js';

async function apiWithStages(moto: Moto, region: string, name: string, stages: string[]): Promise<string> {
  const gw = new APIGatewayClient(moto.config(region));
  const api = await gw.send(new CreateRestApiCommand({ name, tags: { team: 'web' } }));
  const id = api.id ?? '';
  const root = (await gw.send(new GetResourcesCommand({ restApiId: id }))).items?.[0].id ?? '';
  await gw.send(new PutMethodCommand({ restApiId: id, resourceId: root, httpMethod: 'GET', authorizationType: 'NONE' }));
  await gw.send(new PutIntegrationCommand({ restApiId: id, resourceId: root, httpMethod: 'GET', type: 'MOCK' }));
  const dep = await gw.send(new CreateDeploymentCommand({ restApiId: id }));
  for (const stageName of stages) await gw.send(new CreateStageCommand({ restApiId: id, stageName, deploymentId: dep.id }));
  return id;
}

describe('apigateway collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists REST APIs and their stages with the "*/*" logging level, per region', async () => {
    const orders = await apiWithStages(moto, 'us-east-1', 'orders', ['prod', 'dev']);
    const admin = await apiWithStages(moto, 'eu-west-1', 'admin', ['live']);
    await new APIGatewayClient(moto.config('us-east-1')).send(
      new UpdateStageCommand({ restApiId: orders, stageName: 'prod', patchOperations: [{ op: 'replace', path: '/*/*/logging/loglevel', value: 'INFO' }] }),
    );
    const inv = await collectFromMoto(moto, [restApis, restApiStages], ['us-east-1', 'eu-west-1']);
    expect(inv.get(restApis, 'us-east-1')).toEqual({ ok: true, data: [{ id: orders, name: 'orders', tags: { team: 'web' } }] });
    const east = inv.get(restApiStages, 'us-east-1');
    const eastStages = east.ok && east.data[orders];
    expect(eastStages && eastStages.ok && eastStages.data.map((s) => [s.name, s.loggingLevel])).toEqual(
      expect.arrayContaining([
        ['prod', 'INFO'],
        ['dev', undefined],
      ]),
    );
    const west = inv.get(restApiStages, 'eu-west-1');
    const westStages = west.ok && west.data[admin];
    expect(westStages && westStages.ok && westStages.data.map((s) => s.name)).toEqual(['live']);
  });
});

describe('apigateway stage errors (aws-sdk-client-mock)', () => {
  it('keeps a denied GetStages as that API\'s error', async () => {
    const mock = mockClient(APIGatewayClient);
    try {
      mock.on(GetRestApisCommand).resolves({ items: [{ id: 'a1', name: 'open' }, { id: 'a2', name: 'locked' }] });
      mock.on(GetStagesCommand, { restApiId: 'a1' }).resolves({ item: [{ stageName: 'prod', methodSettings: { '*/*': { loggingLevel: 'ERROR' } } }] });
      mock.on(GetStagesCommand, { restApiId: 'a2' }).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [restApiStages]);
      const r = inv.get(restApiStages);
      expect(r.ok && r.data.a1).toEqual({ ok: true, data: [{ name: 'prod', loggingLevel: 'ERROR', tags: {} }] });
      expect(r.ok && r.data.a2).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'apigateway:GetStages' } });
    } finally {
      mock.restore();
    }
  });
});

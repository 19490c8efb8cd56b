import { describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { GenerateServiceLastAccessedDetailsCommand, GetAccountAuthorizationDetailsCommand, GetServiceLastAccessedDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import type { Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { serviceLastAccessed } from './last-accessed.js';

const noEndpoint = { endpoint: 'http://127.0.0.1:9' } as Moto;

describe('iam service last accessed collector', () => {
  it('generates a report per user and role and waits for it (aws-sdk-client-mock: moto lacks GenerateServiceLastAccessedDetails)', async () => {
    const mock = mockClient(IAMClient);
    mock.on(GetAccountAuthorizationDetailsCommand).resolves({
      UserDetailList: [{ UserName: 'alice', UserId: 'A', Arn: 'arn:aws:iam::123456789012:user/alice', Path: '/' }],
      RoleDetailList: [{ RoleName: 'app', RoleId: 'R', Arn: 'arn:aws:iam::123456789012:role/app', Path: '/' }],
    });
    mock.on(GenerateServiceLastAccessedDetailsCommand).callsFake(async (input: { Arn: string }) => ({ JobId: input.Arn.endsWith('alice') ? 'j-alice' : 'j-app' }));
    mock
      .on(GetServiceLastAccessedDetailsCommand, { JobId: 'j-alice' })
      .resolvesOnce({ JobStatus: 'IN_PROGRESS', JobCreationDate: new Date(), ServicesLastAccessed: [] })
      .resolves({
        JobStatus: 'COMPLETED',
        JobCreationDate: new Date(),
        ServicesLastAccessed: [{ ServiceNamespace: 'bedrock', ServiceName: 'Amazon Bedrock', LastAuthenticated: new Date('2026-10-01T00:00:00Z') }],
      });
    mock.on(GetServiceLastAccessedDetailsCommand, { JobId: 'j-app' }).resolves({ JobStatus: 'FAILED', JobCreationDate: new Date(), ServicesLastAccessed: [], Error: { Code: 'ServiceFailure', Message: 'boom' } });
    try {
      const inv = await collectFromMoto(noEndpoint, [serviceLastAccessed]);
      const res = inv.get(serviceLastAccessed);
      expect(res.ok).toBe(true);
      if (!res.ok) return;
      expect(res.data.find((e) => e.name === 'alice')).toEqual({
        kind: 'user',
        name: 'alice',
        arn: 'arn:aws:iam::123456789012:user/alice',
        path: '/',
        services: { ok: true, data: [{ namespace: 'bedrock', lastAuthenticated: '2026-10-01T00:00:00.000Z' }] },
      });
      expect(res.data.find((e) => e.name === 'app')?.services).toMatchObject({ ok: false, error: { code: 'ServiceFailure' } });
    } finally {
      mock.restore();
    }
  });
});

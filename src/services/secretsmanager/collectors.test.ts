import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateSecretCommand,
  GetResourcePolicyCommand,
  ListSecretsCommand,
  PutResourcePolicyCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { secretPolicies, secrets } from './collectors.js';

describe('secretsmanager collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists secrets per region with tags, and reads each resource policy', async () => {
    const us = new SecretsManagerClient(moto.config('us-east-1'));
    const shared = await us.send(new CreateSecretCommand({ Name: 'shared', SecretString: 'x', Tags: [{ Key: 'team', Value: 'db' }] }));
    const kept = await us.send(new CreateSecretCommand({ Name: 'kept', SecretString: 'y' }));
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*' }],
    });
    await us.send(new PutResourcePolicyCommand({ SecretId: 'shared', ResourcePolicy: policy }));
    const eu = await new SecretsManagerClient(moto.config('eu-west-1')).send(new CreateSecretCommand({ Name: 'eu-secret', SecretString: 'z' }));

    const inv = await collectFromMoto(moto, [secrets, secretPolicies], ['us-east-1', 'eu-west-1']);
    const usList = inv.get(secrets, 'us-east-1');
    expect(usList.ok && [...usList.data].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      expect.objectContaining({ name: 'kept', arn: kept.ARN, rotationEnabled: false, createdDate: expect.stringMatching(/^\d{4}-/) }),
      expect.objectContaining({ name: 'shared', arn: shared.ARN, tags: { team: 'db' } }),
    ]);
    expect(inv.get(secrets, 'eu-west-1')).toEqual({ ok: true, data: [expect.objectContaining({ name: 'eu-secret', arn: eu.ARN })] });
    const policies = inv.get(secretPolicies, 'us-east-1');
    if (!policies.ok) throw new Error('expected policies');
    const sharedPolicy = policies.data[shared.ARN!];
    expect(sharedPolicy.ok && JSON.parse(sharedPolicy.data!).Statement[0].Principal).toBe('*');
    expect(policies.data[kept.ARN!]).toEqual({ ok: true, data: null });
    expect(inv.get(secretPolicies, 'eu-west-1')).toEqual({ ok: true, data: { [eu.ARN!]: { ok: true, data: null } } });
  });

  it('reads rotation and access dates (aws-sdk-client-mock: moto needs a real rotation Lambda and never sets LastAccessedDate)', async () => {
    const mock = mockClient(SecretsManagerClient);
    mock.on(ListSecretsCommand).resolves({
      SecretList: [
        {
          Name: 'rotating',
          ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:rotating-AbCdEf',
          RotationEnabled: true,
          RotationRules: { AutomaticallyAfterDays: 30 },
          LastRotatedDate: new Date('2026-10-01T00:00:00Z'),
          LastAccessedDate: new Date('2026-10-30T00:00:00Z'),
        },
      ],
    });
    try {
      const inv = await collectFromMoto(moto, [secrets]);
      const list = inv.get(secrets, 'us-east-1');
      expect(list.ok && list.data[0]).toMatchObject({
        rotationEnabled: true,
        rotationDays: 30,
        lastRotatedDate: '2026-10-01T00:00:00.000Z',
        lastAccessedDate: '2026-10-30T00:00:00.000Z',
      });
    } finally {
      mock.restore();
    }
  });

  it('keeps a denied GetResourcePolicy per secret (aws-sdk-client-mock)', async () => {
    const mock = mockClient(SecretsManagerClient);
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:s-AbCdEf';
    try {
      mock.on(ListSecretsCommand).resolves({ SecretList: [{ Name: 's', ARN: arn }] });
      mock.on(GetResourcePolicyCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto(moto, [secrets, secretPolicies]);
      const policies = inv.get(secretPolicies);
      expect(policies.ok && policies.data[arn]).toMatchObject({
        ok: false,
        error: { kind: 'AccessDenied', operation: 'secretsmanager:GetResourcePolicy' },
      });
    } finally {
      mock.restore();
    }
  });
});

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
      { name: 'kept', arn: kept.ARN },
      { name: 'shared', arn: shared.ARN, tags: { team: 'db' } },
    ]);
    expect(inv.get(secrets, 'eu-west-1')).toEqual({ ok: true, data: [{ name: 'eu-secret', arn: eu.ARN }] });
    const policies = inv.get(secretPolicies, 'us-east-1');
    if (!policies.ok) throw new Error('expected policies');
    const sharedPolicy = policies.data[shared.ARN!];
    expect(sharedPolicy.ok && JSON.parse(sharedPolicy.data!).Statement[0].Principal).toBe('*');
    expect(policies.data[kept.ARN!]).toEqual({ ok: true, data: null });
    expect(inv.get(secretPolicies, 'eu-west-1')).toEqual({ ok: true, data: { [eu.ARN!]: { ok: true, data: null } } });
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

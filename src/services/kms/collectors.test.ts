import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateKeyCommand,
  DescribeKeyCommand,
  EnableKeyRotationCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListKeysCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { keyPolicies, keyRotation, keys } from './collectors.js';

const publicPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'open', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*' }],
});
const err = (name: string) => Object.assign(new Error(name), { name });

describe('kms collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('describes every key, and reads policies and rotation only for the keys that need them', async () => {
    const us = new KMSClient(moto.config('us-east-1'));
    const eu = new KMSClient(moto.config('eu-west-1'));
    const rotated = (await us.send(new CreateKeyCommand({ Description: 'rotated', Policy: publicPolicy }))).KeyMetadata!;
    await us.send(new EnableKeyRotationCommand({ KeyId: rotated.KeyId }));
    const plain = (await us.send(new CreateKeyCommand({ Description: 'plain' }))).KeyMetadata!;
    const rsa = (await us.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    const doomed = (await us.send(new CreateKeyCommand({ Description: 'doomed' }))).KeyMetadata!;
    await us.send(new ScheduleKeyDeletionCommand({ KeyId: doomed.KeyId, PendingWindowInDays: 7 }));
    const euKey = (await eu.send(new CreateKeyCommand({ Description: 'eu' }))).KeyMetadata!;

    const inv = await collectFromMoto(moto, [keys, keyPolicies, keyRotation], ['us-east-1', 'eu-west-1']);
    const usKeys = inv.get(keys, 'us-east-1');
    if (!usKeys.ok) throw new Error('expected keys');
    const meta = (arn: string) => usKeys.data.find((k) => k.arn === arn)?.metadata;
    expect(usKeys.data).toHaveLength(4);
    expect(meta(rotated.Arn!)).toEqual({
      ok: true,
      data: { manager: 'CUSTOMER', state: 'Enabled', spec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', description: 'rotated' },
    });
    expect(meta(rsa.Arn!)).toMatchObject({ ok: true, data: { spec: 'RSA_2048' } });
    expect(meta(doomed.Arn!)).toMatchObject({ ok: true, data: { state: 'PendingDeletion', deletionDate: expect.stringMatching(/^\d{4}-/) } });
    const euKeys = inv.get(keys, 'eu-west-1');
    expect(euKeys.ok && euKeys.data.map((k) => k.arn)).toEqual([euKey.Arn]);

    const policies = inv.get(keyPolicies, 'us-east-1');
    if (!policies.ok) throw new Error('expected policies');
    expect(Object.keys(policies.data).sort()).toEqual([rotated.Arn, plain.Arn, rsa.Arn].sort());
    const open = policies.data[rotated.Arn!];
    expect(open.ok && JSON.parse(open.data!).Statement[0].Sid).toBe('open');

    const rotation = inv.get(keyRotation, 'us-east-1');
    if (!rotation.ok) throw new Error('expected rotation');
    // Only enabled symmetric customer keys: not the RSA key, not the key pending deletion.
    expect(Object.keys(rotation.data).sort()).toEqual([rotated.Arn, plain.Arn].sort());
    expect(rotation.data[rotated.Arn!]).toMatchObject({ ok: true, data: { enabled: true } });
    expect(rotation.data[plain.Arn!]).toMatchObject({ ok: true, data: { enabled: false } });
    const euRotation = inv.get(keyRotation, 'eu-west-1');
    expect(euRotation.ok && euRotation.data[euKey.Arn!]).toMatchObject({ ok: true, data: { enabled: false } });
  });

  it('keeps denied DescribeKey and GetKeyRotationStatus per key (aws-sdk-client-mock)', async () => {
    const mock = mockClient(KMSClient);
    const arn = (id: string) => `arn:aws:kms:us-east-1:123456789012:key/${id}`;
    try {
      mock.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'k1', KeyArn: arn('k1') }, { KeyId: 'k2', KeyArn: arn('k2') }] });
      mock
        .on(DescribeKeyCommand, { KeyId: arn('k1') })
        .resolves({ KeyMetadata: { KeyId: 'k1', KeyManager: 'CUSTOMER', KeyState: 'Enabled', KeySpec: 'SYMMETRIC_DEFAULT', Origin: 'AWS_KMS' } })
        .on(DescribeKeyCommand, { KeyId: arn('k2') })
        .rejects(err('AccessDeniedException'));
      mock.on(GetKeyRotationStatusCommand).rejects(err('AccessDeniedException'));
      const inv = await collectFromMoto(moto, [keys, keyRotation]);
      const listed = inv.get(keys);
      if (!listed.ok) throw new Error('expected keys');
      expect(listed.data[1].metadata).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'kms:DescribeKey' } });
      const rotation = inv.get(keyRotation);
      expect(rotation.ok && rotation.data).toEqual({
        [arn('k1')]: { ok: false, error: expect.objectContaining({ kind: 'AccessDenied', operation: 'kms:GetKeyRotationStatus' }) },
      });
    } finally {
      mock.restore();
    }
  });
});

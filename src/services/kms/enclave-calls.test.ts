import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAliasCommand, CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { keyAliases, keyPolicies, keys } from './collectors.js';
import { enclaveCalls, MAX_PAGES } from './enclave-calls.js';
import type { CollectContext } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

const A = 'a'.repeat(96);
const ZERO_B64 = Buffer.alloc(48).toString('base64');
const attestedPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' },
    { Sid: 'Enclave', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:RecipientAttestation:PCR0': A } } },
  ],
});
const event = (name: string, recipient?: object) => ({
  EventName: name,
  EventTime: new Date('2026-10-30T10:00:00Z'),
  CloudTrailEvent: JSON.stringify({ eventName: name, eventTime: '2026-10-30T10:00:00Z', ...(recipient ? { additionalEventData: { recipient } } : {}) }),
});
const debugRecipient = {
  attestationDocumentModuleId: 'i-0abc-enc0def',
  attestationDocumentEnclaveImageDigest: ZERO_B64,
  attestationDocumentEnclavePCR1: ZERO_B64,
  attestationDocumentEnclavePCR2: ZERO_B64,
};

describe('kms enclave collectors against moto (aws-sdk-client-mock for CloudTrail: moto lacks cloudtrail:LookupEvents)', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists aliases, and looks up CloudTrail only for enclave keys, keeping enclave calls', async () => {
    const kms = new KMSClient(moto.config('us-east-1'));
    const byPolicy = (await kms.send(new CreateKeyCommand({ Policy: attestedPolicy }))).KeyMetadata!;
    const byAlias = (await kms.send(new CreateKeyCommand({ Description: 'ordinary' }))).KeyMetadata!;
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/payments-enclave', TargetKeyId: byAlias.KeyId }));
    const plain = (await kms.send(new CreateKeyCommand({ Description: 'plain' }))).KeyMetadata!;

    const ct = mockClient(CloudTrailClient);
    ct.on(LookupEventsCommand).callsFake((input: { LookupAttributes: Array<{ AttributeValue: string }>; NextToken?: string }) => {
      const arn = input.LookupAttributes[0].AttributeValue;
      if (arn === byPolicy.Arn) return { Events: [event('Decrypt', debugRecipient), event('Decrypt'), event('DescribeKey', debugRecipient)] };
      // An endless history: the collector stops at its page cap and says so.
      return { Events: [event('GenerateDataKey', { ...debugRecipient, attestationDocumentEnclaveImageDigest: Buffer.from(A, 'hex').toString('base64') })], NextToken: 'more' };
    });
    try {
      const inv = await collectFromMoto(moto, [keys, keyPolicies, keyAliases, enclaveCalls]);
      const aliases = inv.get(keyAliases);
      expect(aliases.ok && aliases.data[byAlias.KeyId!]).toEqual(['alias/payments-enclave']);
      const calls = inv.get(enclaveCalls);
      expect(calls.ok).toBe(true);
      if (!calls.ok) return;
      expect(Object.keys(calls.data).sort()).toEqual([byPolicy.Arn, byAlias.Arn].sort());
      expect(calls.data[plain.Arn!]).toBeUndefined();
      expect(calls.data[byPolicy.Arn!]).toMatchObject({ ok: true, data: { truncated: false, calls: [{ eventName: 'Decrypt', moduleId: 'i-0abc-enc0def' }] } });
      const capped = calls.data[byAlias.Arn!];
      expect(capped.ok && capped.data.truncated).toBe(true);
      expect(capped.ok && capped.data.calls).toHaveLength(MAX_PAGES);
      expect(capped.ok && capped.data.calls[0].pcrs.PCR0).toBe(A);
    } finally {
      ct.restore();
    }
  });

  it('keeps a denied LookupEvents per key, and makes no call without enclave keys', async () => {
    const ct = mockClient(CloudTrailClient);
    ct.on(LookupEventsCommand).rejects(Object.assign(new Error('no'), { name: 'AccessDeniedException' }));
    try {
      const inv = await collectFromMoto(moto, [keys, keyPolicies, keyAliases, enclaveCalls], ['eu-west-1', 'us-east-1']);
      const eu = inv.get(enclaveCalls, 'eu-west-1');
      expect(eu).toEqual({ ok: true, data: {} });
      const us = inv.get(enclaveCalls, 'us-east-1');
      expect(us.ok && Object.values(us.data).every((r) => !r.ok && r.error.operation === 'cloudtrail:LookupEvents' && r.error.kind === 'AccessDenied')).toBe(true);
      expect(ct.commandCalls(LookupEventsCommand).length).toBe(2);
    } finally {
      ct.restore();
    }
  });
});

describe('kms enclave lookups start before the key policies are in (aws-sdk-client-mock for CloudTrail: moto lacks cloudtrail:LookupEvents)', () => {
  it('looks up a key named as an enclave key at once, and a key that only its policy marks once the policies are read', async () => {
    const arn = (id: string) => `arn:aws:kms:us-east-1:123456789012:key/${id}`;
    const key = (id: string, description: string) => ({ id, arn: arn(id), metadata: { ok: true as const, data: { manager: 'CUSTOMER', state: 'Enabled', spec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', description } } });
    const list = [key('named', 'payments enclave key'), key('aliased', 'ordinary'), key('by-policy', 'ordinary'), key('plain', 'ordinary')];
    let releasePolicies!: (r: Result<Record<string, Result<string | null>>>) => void;
    const policies = new Promise<Result<Record<string, Result<string | null>>>>((resolve) => (releasePolicies = resolve));
    const ct = mockClient(CloudTrailClient);
    ct.on(LookupEventsCommand).resolves({ Events: [] });
    const ctx = {
      region: 'us-east-1',
      need: async () => list,
      dep: async (fact: { id: string }) => (fact.id === keyPolicies.id ? policies : { ok: true, data: { aliased: ['alias/signing-enclave'] } }),
      client: async () => new CloudTrailClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }),
      attempt: async <T>(_op: string, fn: () => Promise<T>) => ({ ok: true as const, data: await fn() }),
    } as unknown as CollectContext;
    const looked = () => ct.commandCalls(LookupEventsCommand).map((c) => c.args[0].input.LookupAttributes![0]!.AttributeValue).sort();
    try {
      const result = enclaveCalls.collect(ctx);
      for (let i = 0; i < 50 && looked().length < 2; i++) await new Promise((r) => setTimeout(r, 5));
      expect(looked()).toEqual([arn('aliased'), arn('named')]); // the policies are not in yet
      releasePolicies({ ok: true, data: { [arn('by-policy')]: { ok: true, data: attestedPolicy }, [arn('plain')]: { ok: true, data: null } } });
      const data = await result;
      expect(looked()).toEqual([arn('aliased'), arn('by-policy'), arn('named')]); // each looked up once
      expect(Object.keys(data).sort()).toEqual([arn('aliased'), arn('by-policy'), arn('named')]);
    } finally {
      ct.restore();
    }
  });
});

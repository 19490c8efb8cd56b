/** Fixtures for the kms_key_enclave_* checks: enclave keys with their policies, aliases and CloudTrail calls. */
import { FixtureInventory, denied } from '../../../test/helpers/check.js';
import { keyAliases, keyPolicies, keys, type KeyMetadata } from './collectors.js';
import { enclaveCalls, type EnclaveCallHistory } from './enclave-calls.js';
import type { EnclaveCall } from './enclave-attestation.js';
import type { Result } from '../../core/types.js';

export const A = 'a'.repeat(96);
export const B = 'b'.repeat(96);
export const C = 'c'.repeat(96);
export const ZERO = '0'.repeat(96);
export const arn = (id: string) => `arn:aws:kms:us-east-1:123456789012:key/${id}`;

export const root = { Sid: 'Root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' };
export const adminOnly = { ...root, Sid: 'Admin', Action: undefined, NotAction: ['kms:Decrypt', 'kms:DeriveSharedSecret', 'kms:GenerateDataKey*', 'kms:GenerateRandom'] };
export const enclaveAllow = (condition: object, sid = 'Enclave') => ({
  Sid: sid,
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:role/parent' },
  Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
  Resource: '*',
  Condition: condition,
});
export const image = (...values: string[]) => ({ StringEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': values.length === 1 ? values[0] : values } });
export const denyUnattested = { Sid: 'DenyUnattested', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { Null: { 'kms:RecipientAttestation:ImageSha384': 'true' } } };
export const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

export interface KeyCase {
  id: string;
  policy?: string | { error: ReturnType<typeof denied> };
  meta?: Partial<KeyMetadata>;
  aliases?: string[];
  calls?: EnclaveCall[] | { error: ReturnType<typeof denied> };
  truncated?: boolean;
}

/** An inventory with these keys (customer managed, enabled unless said otherwise). */
export function enclaveInventory(cases: KeyCase[]): FixtureInventory {
  const policies: Record<string, Result<string | null>> = {};
  const aliases: Record<string, string[]> = {};
  const calls: Record<string, Result<EnclaveCallHistory>> = {};
  for (const c of cases) {
    if (c.policy !== undefined) policies[arn(c.id)] = typeof c.policy === 'string' ? { ok: true, data: c.policy } : { ok: false, error: c.policy.error };
    if (c.aliases) aliases[c.id] = c.aliases;
    if (c.calls) calls[arn(c.id)] = Array.isArray(c.calls) ? { ok: true, data: { calls: c.calls, truncated: c.truncated ?? false } } : { ok: false, error: c.calls.error };
  }
  return new FixtureInventory()
    .set(
      keys,
      cases.map((c) => ({ id: c.id, arn: arn(c.id), metadata: { ok: true as const, data: { manager: 'CUSTOMER', state: 'Enabled', spec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', ...c.meta } } })),
    )
    .set(keyPolicies, policies)
    .set(keyAliases, aliases)
    .set(enclaveCalls, calls);
}

export const call = (pcrs: Record<string, string>, time = '2026-10-30T10:00:00.000Z', eventName = 'Decrypt'): EnclaveCall => ({ eventName, time, moduleId: 'i-0123456789abcdef0-enc0123456789abcd', pcrs });
export { denied };

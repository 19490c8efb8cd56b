/**
 * The enclave keys a kms_key_enclave_* check judges, with how their policy reads. A key whose policy
 * prowl could not read is an ERROR (without it prowl can tell neither whether the key serves an
 * enclave nor what the policy requires).
 */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef, Result } from '../../core/types.js';
import { describeCallError } from '../../aws/errors.js';
import { keyAliases, keyPolicies } from './collectors.js';
import { isEnclaveCandidate, isEnclaveKey, readEnclavePolicy, type EnclavePolicyReading } from './enclave-attestation.js';
import { selectedKeys } from './selected-keys.js';
import { enclaveCalls, type EnclaveCallHistory } from './enclave-calls.js';
import { entryFor } from '../../lib/resource-policy.js';

export interface EnclaveKey {
  key: { id: string; arn: string };
  resource: ResourceRef;
  reading: EnclavePolicyReading;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function* enclaveKeys(ctx: EvalContext<any>, targetKeyIds: readonly string[] = []): Generator<EnclaveKey> {
  const aliasesByRegion = new Map<string, Result<Record<string, string[]>>>(ctx.regional(keyAliases).map(({ region, result }) => [region, result]));
  const targets = new Set(targetKeyIds);
  for (const { key, meta, resource, entry } of selectedKeys(ctx, keyPolicies, isEnclaveCandidate)) {
    if (targets.size && !targets.has(key.id) && !targets.has(key.arn)) continue;
    if (!entry.ok) {
      ctx.error(resource, entry.error, `Could not read the key policy of KMS key ${key.id}: ${describeCallError(entry.error)}.`);
      continue;
    }
    const aliases = aliasesByRegion.get(resource.region);
    const names = aliases?.ok ? (aliases.data[key.id] ?? []) : [];
    if (!isEnclaveKey(meta, names, entry.data)) continue;
    yield { key, resource, reading: readEnclavePolicy(entry.data) };
  }
}

/**
 * Infrastructure-as-code for an enclave key whose policy keeps attested operations for the enclave: the
 * account administers the key but cannot use it for the attested operations, and the enclave's parent
 * role may, only with an attestation of a known image (PCR0) signed by a known certificate (PCR8).
 */
export const ENCLAVE_KEY_REMEDIATION = {
  nativeIaC: `EnclaveKey:
  Type: AWS::KMS::Key
  Properties:
    Description: enclave data key
    KeyPolicy:
      Version: '2012-10-17'
      Statement:
        - Sid: AdministerWithoutAttestedOperations
          Effect: Allow
          Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' }
          NotAction: [kms:Decrypt, kms:DeriveSharedSecret, kms:GenerateDataKey, kms:GenerateDataKeyPair, kms:GenerateRandom]
          Resource: '*'
        - Sid: EnclaveOnly
          Effect: Allow
          Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/enclave-parent' }
          Action: [kms:Decrypt, kms:GenerateDataKey]
          Resource: '*'
          Condition:
            StringEqualsIgnoreCase:
              kms:RecipientAttestation:ImageSha384: <pcr0-of-the-released-image>
              kms:RecipientAttestation:PCR8: <pcr8-of-the-signing-certificate>`,
  terraform: `resource "aws_kms_key" "enclave" {
  description = "enclave data key"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AdministerWithoutAttestedOperations"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
        NotAction = ["kms:Decrypt", "kms:DeriveSharedSecret", "kms:GenerateDataKey", "kms:GenerateDataKeyPair", "kms:GenerateRandom"]
        Resource  = "*"
      },
      {
        Sid       = "EnclaveOnly"
        Effect    = "Allow"
        Principal = { AWS = aws_iam_role.enclave_parent.arn }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource  = "*"
        Condition = {
          StringEqualsIgnoreCase = {
            "kms:RecipientAttestation:ImageSha384" = var.enclave_pcr0
            "kms:RecipientAttestation:PCR8"        = var.enclave_pcr8
          }
        }
      }
    ]
  })
}`,
  cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://enclave-key-policy.json',
};

/** Statement labels with their actions: '"Admin" (kms:Decrypt, kms:GenerateDataKey)'. */
export const describeStatements = (list: Array<{ label: string; actions?: string[] }>): string =>
  list.map((s) => (s.actions ? `${s.label} (${s.actions.join(', ')})` : s.label)).join('; ');

/** The CloudTrail history of one enclave key within the last `hours`, or the error that hid it. */
export function recentCalls(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: EvalContext<any>,
  resource: ResourceRef,
  hours: number,
): Result<EnclaveCallHistory> {
  const region = ctx.regional(enclaveCalls).find((r) => r.region === resource.region);
  const entry = region ? entryFor(region.result, resource.arn, enclaveCalls.operation) : entryFor<EnclaveCallHistory>({ ok: true, data: {} }, resource.arn, enclaveCalls.operation);
  if (!entry.ok) return entry;
  const since = ctx.now.getTime() - hours * 3_600_000;
  return { ok: true, data: { calls: entry.data.calls.filter((c) => !c.time || Date.parse(c.time) >= since), truncated: entry.data.truncated } };
}

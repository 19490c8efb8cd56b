import { defineCheck } from '../../../core/check.js';
import { keyAliases, keyPolicies, keys } from '../collectors.js';
import { ENCLAVE_KEY_REMEDIATION, describeStatements, enclaveKeys } from '../enclave-keys.js';

export default defineCheck({
  id: 'kms_key_enclave_attestation_bypassable_path',
  title: 'KMS keys used by Nitro Enclaves have no policy path to their attested operations that skips attestation',
  service: 'kms',
  severity: 'high',
  resourceType: 'AwsKmsKey',
  categories: ['encryption', 'identity-access', 'trust-boundaries'],
  description:
    'For every enabled customer-managed KMS key that serves Nitro Enclaves, looks for a key policy statement that allows one of the attested operations (Decrypt, DeriveSharedSecret, GenerateDataKey, GenerateDataKeyPair, GenerateRandom) without an attestation binding and that no Deny statement closes. A Deny closes it when it applies to everyone, covers every operation the Allow grants and all of its conditions fire when the attestation is missing or differs (Null on an attestation key, or StringNotEquals/StringNotLike on one). A Deny with any other condition alongside applies only sometimes and does not count.',
  risk:
    'The common default statement that gives the account root kms:* lets any IAM principal with a matching identity policy decrypt with the key outside an enclave, so the enclave measurement protects nothing.',
  remediation: {
    text: 'Remove the attested operations from every statement that lacks attestation conditions, or add a Deny for everyone on those operations when kms:RecipientAttestation:ImageSha384 is null or differs from the released image.',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-nitro-enclaves.html',
    ...ENCLAVE_KEY_REMEDIATION,
  },
  uses: [keys, keyPolicies, keyAliases],
  run(ctx) {
    for (const { key, resource, reading } of enclaveKeys(ctx)) {
      if (reading.bypasses.length) {
        ctx.fail(
          resource,
          `KMS enclave key ${key.id} can be used without attestation through statement(s) ${describeStatements(reading.bypasses)}, and no Deny requires attestation for those operations.`,
        );
      } else if (reading.unattested.length) {
        ctx.pass(resource, `KMS enclave key ${key.id} has statements without attestation (${describeStatements(reading.unattested)}), but a Deny refuses those operations to any request without a matching attestation.`);
      } else {
        ctx.pass(resource, `Every path to the attested operations of KMS enclave key ${key.id} requires an attestation measurement.`);
      }
    }
  },
});

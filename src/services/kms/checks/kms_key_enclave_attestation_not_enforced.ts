import { defineCheck } from '../../../core/check.js';
import { keyAliases, keyPolicies, keys } from '../collectors.js';
import { ENCLAVE_KEY_REMEDIATION, describeStatements, enclaveKeys } from '../enclave-keys.js';

export default defineCheck({
  id: 'kms_key_enclave_attestation_not_enforced',
  title: 'KMS keys used by Nitro Enclaves require attestation in every statement that grants their attested operations',
  service: 'kms',
  severity: 'high',
  resourceType: 'AwsKmsKey',
  categories: ['encryption', 'trust-boundaries'],
  description:
    'For every enabled customer-managed KMS key that serves Nitro Enclaves (its policy uses kms:RecipientAttestation conditions, or its description or an alias mentions "enclave"), reads each key policy statement that allows Decrypt, DeriveSharedSecret, GenerateDataKey, GenerateDataKeyPair or GenerateRandom (also through kms:*, *, wildcards or NotAction) and requires that it binds an attestation measurement with a positive condition on fixed values. IfExists operators, ForAllValues without a Null guard and wildcard values do not count: they hold for requests without an attestation document.',
  risk:
    'An enclave key exists so that only measured enclave code sees the plaintext. A statement that grants these operations without attestation hands the same plaintext to any principal it names, outside the enclave, and defeats the isolation the workload was built for.',
  remediation: {
    text: 'Add kms:RecipientAttestation:ImageSha384 (or PCR) conditions to every statement that grants the attested operations, and take those operations out of broad administrative statements (NotAction).',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-nitro-enclave.html',
    ...ENCLAVE_KEY_REMEDIATION,
  },
  uses: [keys, keyPolicies, keyAliases],
  run(ctx) {
    for (const { key, resource, reading } of enclaveKeys(ctx)) {
      if (reading.unattested.length) {
        ctx.fail(resource, `KMS enclave key ${key.id} grants attested operations without requiring attestation in statement(s) ${describeStatements(reading.unattested)}.`);
      } else {
        ctx.pass(resource, `Every statement of KMS enclave key ${key.id} that grants attested operations requires an attestation measurement.`);
      }
    }
  },
});

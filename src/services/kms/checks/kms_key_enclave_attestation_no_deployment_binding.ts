import { defineCheck } from '../../../core/check.js';
import { keyAliases, keyPolicies, keys } from '../collectors.js';
import { ENCLAVE_KEY_REMEDIATION, enclaveKeys } from '../enclave-keys.js';

export default defineCheck({
  id: 'kms_key_enclave_attestation_no_deployment_binding',
  title: 'KMS enclave key attestation also binds where the enclave runs, not only which image it is',
  service: 'kms',
  severity: 'informational',
  resourceType: 'AwsKmsKey',
  categories: ['encryption', 'trust-boundaries'],
  description:
    'For every enabled customer-managed KMS key that serves Nitro Enclaves, reads each statement that grants attested operations under an attestation condition and asks whether it also binds the deployment: PCR3 (IAM role of the parent instance), PCR4 (parent instance id) or PCR8 (signing certificate), or an exact account or organization condition such as aws:PrincipalAccount. PCR0, PCR1 and PCR2 measure the image, kernel and application, which travel with the enclave image file. A key without any attested statement is reported as MANUAL (see kms_key_enclave_attestation_not_enforced).',
  risk:
    'An image-only binding accepts the same enclave image launched by anyone who obtains the image file, from any parent instance or role the other statements allow; binding the parent role or the signing certificate narrows that to your deployment.',
  remediation: {
    text: 'Add a kms:RecipientAttestation:PCR3 (parent role) or PCR8 (signing certificate) condition next to the image measurement; AWS suggests PCR3 and PCR8 together.',
    url: 'https://docs.aws.amazon.com/enclaves/latest/user/set-up-attestation.html',
    ...ENCLAVE_KEY_REMEDIATION,
  },
  uses: [keys, keyPolicies, keyAliases],
  run(ctx) {
    for (const { key, resource, reading } of enclaveKeys(ctx)) {
      if (!reading.attested.length) {
        ctx.manual(resource, `KMS enclave key ${key.id} has no statement that grants attested operations under an attestation condition; there is no binding to judge.`);
        continue;
      }
      const loose = reading.attested.filter((s) => !s.deploymentBound);
      if (loose.length) {
        const what = loose.map((s) => `${s.label} (binds ${s.bindings.map((b) => b.register).join(', ')})`).join('; ');
        ctx.fail(resource, `KMS enclave key ${key.id} binds only the enclave image, not its deployment (PCR3, PCR4, PCR8 or an account condition), in statement(s) ${what}.`);
      } else {
        ctx.pass(resource, `Every attested statement of KMS enclave key ${key.id} also binds the deployment (parent role, instance, signing certificate or account).`);
      }
    }
  },
});

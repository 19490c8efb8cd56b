import { defineCheck } from '../../../core/check.js';
import { keyAliases, keyPolicies, keys } from '../collectors.js';
import { measurementHex, parseGolden } from '../enclave-attestation.js';
import { ENCLAVE_KEY_REMEDIATION, enclaveKeys } from '../enclave-keys.js';

export default defineCheck({
  id: 'kms_key_enclave_attestation_pcr_mismatch',
  title: 'KMS enclave key policies allow only known-good enclave measurements',
  service: 'kms',
  severity: 'medium',
  resourceType: 'AwsKmsKey',
  categories: ['encryption', 'trust-boundaries'],
  description:
    'For every enabled customer-managed KMS key that serves Nitro Enclaves, compares each measurement its attested statements allow (kms:RecipientAttestation:ImageSha384 as PCR0, and PCR<n>) with the known-good values in enclave_golden_pcr_values (entries "PCR0=<hex>", "PCR8=<hex>"; a bare value is the image digest PCR0; hex or base64). Without golden values, or when the policy binds a register that has no golden list, the result is MANUAL. An all-zero measurement (a debug-mode enclave) is never known-good unless listed.',
  risk:
    'A policy that still allows the measurement of an old, unreviewed or debug build lets that build decrypt the data, even after the release pipeline moved on: image provenance drifts from what was audited.',
  remediation: {
    text: 'Update the key policy so its attestation conditions list only the measurements of the builds your pipeline released and reviewed, and keep enclave_golden_pcr_values in step.',
    url: 'https://docs.aws.amazon.com/enclaves/latest/user/set-up-attestation.html',
    ...ENCLAVE_KEY_REMEDIATION,
  },
  params: { enclave_golden_pcr_values: [] as string[] },
  uses: [keys, keyPolicies, keyAliases],
  run(ctx) {
    const { golden, invalid } = parseGolden(ctx.params.enclave_golden_pcr_values);
    const ignored = invalid.length ? ` (ignored ${invalid.length} unreadable golden entr${invalid.length === 1 ? 'y' : 'ies'})` : '';
    for (const { key, resource, reading } of enclaveKeys(ctx)) {
      if (!golden.size) {
        ctx.manual(resource, `KMS enclave key ${key.id}: no known-good measurements are configured (enclave_golden_pcr_values)${ignored}, so its attestation values cannot be compared.`);
        continue;
      }
      const allowed = new Map<string, Set<string>>();
      for (const s of reading.attested) for (const b of s.bindings) for (const v of b.values) (allowed.get(b.register) ?? allowed.set(b.register, new Set()).get(b.register)!).add(v);
      if (!allowed.size) {
        ctx.manual(resource, `KMS enclave key ${key.id} binds no attestation measurement, so there is nothing to compare with the known-good values.`);
        continue;
      }
      const unknown: string[] = [];
      const uncovered: string[] = [];
      for (const [register, values] of allowed) {
        const list = golden.get(register);
        if (!list) {
          uncovered.push(register);
          continue;
        }
        for (const v of values) if (!list.has(measurementHex(v) ?? v)) unknown.push(`${register}=${v}`);
      }
      if (unknown.length) ctx.fail(resource, `KMS enclave key ${key.id} allows measurements that are not known-good: ${unknown.join(', ')}${ignored}.`);
      else if (uncovered.length) ctx.manual(resource, `KMS enclave key ${key.id} binds ${uncovered.join(', ')}, for which no known-good values are configured${ignored}.`);
      else ctx.pass(resource, `Every measurement KMS enclave key ${key.id} allows is a known-good value${ignored}.`);
    }
  },
});

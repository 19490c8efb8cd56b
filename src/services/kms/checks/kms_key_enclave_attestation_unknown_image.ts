import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { keyAliases, keyPolicies, keys } from '../collectors.js';
import { enclaveCalls } from '../enclave-calls.js';
import { isDebugCall, parseGolden, unknownMeasurements } from '../enclave-attestation.js';
import { ENCLAVE_KEY_REMEDIATION, enclaveKeys, recentCalls } from '../enclave-keys.js';

export default defineCheck({
  id: 'kms_key_enclave_attestation_unknown_image',
  title: 'Only known-good Nitro Enclave images called KMS enclave keys',
  service: 'kms',
  severity: 'medium',
  resourceType: 'AwsKmsKey',
  categories: ['encryption', 'logging', 'trust-boundaries'],
  description:
    'For every enabled customer-managed KMS key that serves Nitro Enclaves, reads the attested calls CloudTrail event history recorded for the key (LookupEvents by key, within enclave_unknown_image_lookback_window_hours, at most the last 90 days) and compares the measurements each call carried with enclave_golden_pcr_values (entries "PCR0=<hex>"; only registers with a golden list are judged). Calls from debug-mode enclaves are left to kms_key_enclave_debug_attestation_detected. MANUAL without golden values, without recorded calls, or when the history was longer than prowl reads and nothing unknown was found. enclave_unknown_image_target_key_ids limits it to some keys.',
  risk:
    'An enclave image nobody released reaching the key means the policy admits more than the audited builds, or a build escaped review: the key material is in code whose provenance is unknown.',
  remediation: {
    text: 'Find the instance that ran the unknown image (the enclave id in the CloudTrail record names it), stop it, and tighten the key policy to the measurements of released builds.',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/ct-nitro-enclave.html',
    ...ENCLAVE_KEY_REMEDIATION,
  },
  params: { enclave_golden_pcr_values: [] as string[], enclave_unknown_image_lookback_window_hours: 2160, enclave_unknown_image_target_key_ids: [] as string[] },
  uses: [keys, keyPolicies, keyAliases, enclaveCalls],
  run(ctx) {
    const { golden } = parseGolden(ctx.params.enclave_golden_pcr_values);
    const hours = ctx.params.enclave_unknown_image_lookback_window_hours;
    for (const { key, resource } of enclaveKeys(ctx, ctx.params.enclave_unknown_image_target_key_ids)) {
      if (!golden.size) {
        ctx.manual(resource, `KMS enclave key ${key.id}: no known-good measurements are configured (enclave_golden_pcr_values), so the images that called it cannot be judged.`);
        continue;
      }
      const history = recentCalls(ctx, resource, hours);
      if (!history.ok) {
        ctx.error(resource, history.error, `Could not read the CloudTrail history of KMS enclave key ${key.id}: ${describeCallError(history.error)}.`);
        continue;
      }
      const calls = history.data.calls.filter((c) => !isDebugCall(c));
      const unknown = calls
        .map((c) => ({ call: c, unknown: unknownMeasurements(c, golden) }))
        .filter((x) => x.unknown.length)
        .sort((a, b) => a.call.time.localeCompare(b.call.time));
      if (unknown.length) {
        const first = unknown[0];
        ctx.fail(
          resource,
          `KMS enclave key ${key.id} served ${unknown.length} call(s) from enclave images that are not known-good, first ${first.call.eventName} at ${first.call.time} from ${first.call.moduleId} (${first.unknown.map((u) => `${u.register}=${u.value}`).join(', ')}).`,
        );
      } else if (calls.length && !history.data.truncated) {
        ctx.pass(resource, `All ${calls.length} attested call(s) to KMS enclave key ${key.id} in the last ${hours} hours came from known-good images.`);
      } else if (calls.length) {
        ctx.manual(resource, `The ${calls.length} attested call(s) prowl read for KMS enclave key ${key.id} came from known-good images, but CloudTrail holds more than prowl reads.`);
      } else {
        ctx.manual(resource, `CloudTrail records no attested call to KMS enclave key ${key.id} from a non-debug enclave in the last ${hours} hours.`);
      }
    }
  },
});

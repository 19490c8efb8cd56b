import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { keyAliases, keyPolicies, keys } from '../collectors.js';
import { enclaveCalls } from '../enclave-calls.js';
import { IMAGE_REGISTERS, isDebugCall, isZeroMeasurement } from '../enclave-attestation.js';
import { ENCLAVE_KEY_REMEDIATION, enclaveKeys, recentCalls } from '../enclave-keys.js';

const isImage = (register: string) => (IMAGE_REGISTERS as readonly string[]).includes(register);

export default defineCheck({
  id: 'kms_key_enclave_debug_attestation_detected',
  title: 'No debug-mode Nitro Enclave uses or may use a KMS enclave key',
  service: 'kms',
  severity: 'high',
  resourceType: 'AwsKmsKey',
  categories: ['encryption', 'logging', 'trust-boundaries'],
  description:
    'An enclave started with --debug-mode attests with PCR0, PCR1 and PCR2 set to all zeros, and its console is readable from the parent instance. For every enabled customer-managed KMS key that serves Nitro Enclaves, this check fails when the key policy allows an all-zero image, kernel or application measurement, or when CloudTrail event history (LookupEvents by key, within enclave_debug_lookback_window_hours, at most the last 90 days) records an attested Decrypt, DeriveSharedSecret, GenerateDataKey, GenerateDataKeyPair or GenerateRandom call whose PCR0, PCR1 and PCR2 are all zero. It passes when the recorded calls are complete and none is from a debug enclave, or when the policy cannot admit one (every path requires a non-zero image measurement). Otherwise it is MANUAL. enclave_debug_target_key_ids limits it to some keys.',
  risk:
    'A debug-mode enclave exposes its memory and console to the parent instance, so whatever plaintext KMS releases to it is readable by anyone with access to that instance: the isolation the key policy relies on is gone.',
  remediation: {
    text: 'Run production enclaves without --debug-mode, pin the key policy to the non-zero PCR0 of the released image, and investigate which instance made the debug-mode calls (the enclave id names it).',
    url: 'https://docs.aws.amazon.com/enclaves/latest/user/cmd-nitro-run-enclave.html',
    ...ENCLAVE_KEY_REMEDIATION,
  },
  params: { enclave_debug_lookback_window_hours: 2160, enclave_debug_target_key_ids: [] as string[] },
  uses: [keys, keyPolicies, keyAliases, enclaveCalls],
  run(ctx) {
    const hours = ctx.params.enclave_debug_lookback_window_hours;
    for (const { key, resource, reading } of enclaveKeys(ctx, ctx.params.enclave_debug_target_key_ids)) {
      const zero = reading.attested.flatMap((s) => s.bindings.filter((b) => isImage(b.register) && b.values.some(isZeroMeasurement)).map((b) => `${s.label} ${b.register}`));
      if (zero.length) {
        ctx.fail(resource, `The policy of KMS enclave key ${key.id} allows the all-zero measurement of a debug-mode enclave (${zero.join(', ')}).`);
        continue;
      }
      const history = recentCalls(ctx, resource, hours);
      if (!history.ok) {
        ctx.error(resource, history.error, `Could not read the CloudTrail history of KMS enclave key ${key.id}: ${describeCallError(history.error)}.`);
        continue;
      }
      const { calls, truncated } = history.data;
      const debug = calls.filter(isDebugCall).sort((a, b) => a.time.localeCompare(b.time));
      const policyExcludesDebug =
        !reading.bypasses.length &&
        reading.attested.length > 0 &&
        reading.attested.every((s) => s.bindings.some((b) => isImage(b.register) && !b.values.some(isZeroMeasurement)));
      if (debug.length) {
        ctx.fail(resource, `KMS enclave key ${key.id} served ${debug.length} call(s) from a debug-mode enclave in the last ${hours} hours, first ${debug[0].eventName} at ${debug[0].time} from ${debug[0].moduleId}.`);
      } else if (calls.length && !truncated) {
        ctx.pass(resource, `None of the ${calls.length} attested call(s) to KMS enclave key ${key.id} in the last ${hours} hours came from a debug-mode enclave.`);
      } else if (policyExcludesDebug) {
        ctx.pass(resource, `The policy of KMS enclave key ${key.id} requires a non-zero image measurement on every path, which a debug-mode enclave cannot present.`);
      } else if (calls.length) {
        ctx.manual(resource, `The ${calls.length} attested call(s) prowl read for KMS enclave key ${key.id} show no debug-mode enclave, but CloudTrail holds more than prowl reads; older calls were not examined.`);
      } else {
        ctx.manual(resource, `CloudTrail records no attested call to KMS enclave key ${key.id} in the last ${hours} hours, and its policy does not rule out debug-mode enclaves.`);
      }
    }
  },
});

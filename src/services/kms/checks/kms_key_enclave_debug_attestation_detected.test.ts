import { describe, expect, it } from 'vitest';
import check from './kms_key_enclave_debug_attestation_detected.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';
import { A, ZERO, adminOnly, call, denied, enclaveAllow, enclaveInventory, image, policy, root } from '../enclave-cases.test-helper.js';

const debugPcrs = { PCR0: ZERO, PCR1: ZERO, PCR2: ZERO, PCR3: A };
const goodPcrs = { PCR0: A, PCR1: A, PCR2: A };

describe('kms_key_enclave_debug_attestation_detected', () => {
  it('FAIL for a recorded debug-mode call, or a policy that allows the all-zero image (what Prowler, reading CloudTrail only, misses)', () => {
    const findings = runCheck(
      check,
      enclaveInventory([
        { id: 'called', policy: policy(root, enclaveAllow(image(A))), calls: [call(goodPcrs), call(debugPcrs, '2026-10-29T08:00:00.000Z', 'GenerateDataKey')] },
        { id: 'zero-policy', policy: policy(adminOnly, enclaveAllow(image(A, ZERO))), calls: [] },
      ]),
    );
    expect(statusById(findings)).toEqual({ called: 'FAIL', 'zero-policy': 'FAIL' });
    expect(findings[0].statusExtended).toContain('first GenerateDataKey at 2026-10-29T08:00:00.000Z');
    expect(findings[1].statusExtended).toContain('"Enclave" PCR0');
  });

  it('PASS when the recorded calls are complete and none is debug, or when the policy needs a non-zero image on every path', () => {
    const findings = runCheck(
      check,
      enclaveInventory([
        { id: 'observed', policy: policy(root, enclaveAllow(image(A))), calls: [call(goodPcrs)] },
        { id: 'pinned', policy: policy(adminOnly, enclaveAllow(image(A))), calls: [] },
      ]),
    );
    expect(statusById(findings)).toEqual({ observed: 'PASS', pinned: 'PASS' });
  });

  it('MANUAL without evidence: no calls, a truncated history, or debug calls older than the lookback window', () => {
    const old = call(debugPcrs, '2026-01-01T00:00:00.000Z');
    const findings = runCheck(
      check,
      enclaveInventory([
        { id: 'quiet', policy: policy(root, enclaveAllow(image(A))), calls: [] },
        { id: 'cut', policy: policy(root, enclaveAllow(image(A))), calls: [call(goodPcrs)], truncated: true },
        { id: 'old', policy: policy(root, enclaveAllow(image(A))), calls: [old] },
      ]),
      { config: { kms_key_enclave_debug_attestation_detected: { enclave_debug_lookback_window_hours: 24 * 30 } } },
    );
    expect(statusById(findings)).toEqual({ quiet: 'MANUAL', cut: 'MANUAL', old: 'MANUAL' });
  });

  it('honours enclave_debug_target_key_ids', () => {
    const inv = enclaveInventory([
      { id: 'k1', policy: policy(root, enclaveAllow(image(A))), calls: [call(debugPcrs)] },
      { id: 'k2', policy: policy(root, enclaveAllow(image(A))), calls: [call(debugPcrs)] },
    ]);
    expect(statusById(runCheck(check, inv, { config: { kms_key_enclave_debug_attestation_detected: { enclave_debug_target_key_ids: ['k2'] } } }))).toEqual({ k2: 'FAIL' });
  });

  it('ERROR naming cloudtrail:LookupEvents when the history was denied', () => {
    const findings = runCheck(check, enclaveInventory([{ id: 'dark', policy: policy(root, enclaveAllow(image(A))), calls: { error: denied('cloudtrail:LookupEvents') } }]));
    expect(statusById(findings)).toEqual({ dark: 'ERROR' });
    expect(findings[0].statusExtended).toContain('cloudtrail:LookupEvents');
  });
});

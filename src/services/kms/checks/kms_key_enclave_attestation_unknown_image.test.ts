import { describe, expect, it } from 'vitest';
import check from './kms_key_enclave_attestation_unknown_image.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';
import { A, B, ZERO, call, denied, enclaveAllow, enclaveInventory, image, policy, root } from '../enclave-cases.test-helper.js';

const golden = { config: { kms_key_enclave_attestation_unknown_image: { enclave_golden_pcr_values: [`PCR0=${A}`] } } };
const p = policy(root, enclaveAllow(image(A, B)));

describe('kms_key_enclave_attestation_unknown_image', () => {
  it('FAIL when a recorded call carried a measurement outside the golden list; PASS when all are golden', () => {
    const findings = runCheck(
      check,
      enclaveInventory([
        { id: 'drift', policy: p, calls: [call({ PCR0: A }), call({ PCR0: B, PCR8: B }, '2026-10-31T00:00:00.000Z', 'GenerateDataKey')] },
        { id: 'clean', policy: p, calls: [call({ PCR0: A, PCR8: B })] },
      ]),
      golden,
    );
    expect(statusById(findings)).toEqual({ drift: 'FAIL', clean: 'PASS' });
    expect(findings[0].statusExtended).toContain(`PCR0=${B}`);
    expect(findings[0].statusExtended).not.toContain('PCR8');
  });

  it('MANUAL without golden values, without calls, with only debug calls (the debug check reports those), or a truncated history', () => {
    const inv = enclaveInventory([
      { id: 'quiet', policy: p, calls: [] },
      { id: 'debug', policy: p, calls: [call({ PCR0: ZERO, PCR1: ZERO, PCR2: ZERO })] },
      { id: 'cut', policy: p, calls: [call({ PCR0: A })], truncated: true },
    ]);
    expect(statusById(runCheck(check, inv, golden))).toEqual({ quiet: 'MANUAL', debug: 'MANUAL', cut: 'MANUAL' });
    expect(Object.values(statusById(runCheck(check, inv)))).toEqual(['MANUAL', 'MANUAL', 'MANUAL']);
  });

  it('ERROR naming cloudtrail:LookupEvents when the history was denied', () => {
    const findings = runCheck(check, enclaveInventory([{ id: 'dark', policy: p, calls: { error: denied('cloudtrail:LookupEvents') } }]), golden);
    expect(statusById(findings)).toEqual({ dark: 'ERROR' });
  });
});

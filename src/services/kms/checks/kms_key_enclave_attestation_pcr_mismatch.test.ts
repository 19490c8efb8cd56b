import { describe, expect, it } from 'vitest';
import check from './kms_key_enclave_attestation_pcr_mismatch.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';
import { A, B, C, adminOnly, denied, enclaveAllow, enclaveInventory, image, policy } from '../enclave-cases.test-helper.js';

const golden = (...values: string[]) => ({ config: { kms_key_enclave_attestation_pcr_mismatch: { enclave_golden_pcr_values: values } } });

describe('kms_key_enclave_attestation_pcr_mismatch', () => {
  const keysOf = () =>
    enclaveInventory([
      { id: 'known', policy: policy(adminOnly, enclaveAllow(image(A.toUpperCase()))) },
      { id: 'stale', policy: policy(adminOnly, enclaveAllow(image(A, B))) },
      { id: 'signed', policy: policy(adminOnly, enclaveAllow({ StringEquals: { 'kms:RecipientAttestation:PCR0': A, 'kms:RecipientAttestation:PCR8': C } })) },
    ]);

  it('PASS when every allowed measurement is golden; FAIL when one is not (case-insensitive hex, base64 golden accepted)', () => {
    const findings = runCheck(check, keysOf(), golden(`PCR0=${Buffer.from(A, 'hex').toString('base64')}`, `PCR8=${C}`));
    expect(statusById(findings)).toEqual({ known: 'PASS', stale: 'FAIL', signed: 'PASS' });
    expect(findings[1].statusExtended).toContain(`PCR0=${B}`);
  });

  it('MANUAL without golden values, or when a bound register has no golden list', () => {
    expect(Object.values(statusById(runCheck(check, keysOf())))).toEqual(['MANUAL', 'MANUAL', 'MANUAL']);
    const findings = runCheck(check, keysOf(), golden(A));
    expect(statusById(findings)).toEqual({ known: 'PASS', stale: 'FAIL', signed: 'MANUAL' });
    expect(findings[2].statusExtended).toContain('PCR8');
  });

  it('ERROR when the policy could not be read', () => {
    expect(statusById(runCheck(check, enclaveInventory([{ id: 'locked', policy: { error: denied('kms:GetKeyPolicy') } }]), golden(A)))).toEqual({ locked: 'ERROR' });
  });
});

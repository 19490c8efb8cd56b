import { describe, expect, it } from 'vitest';
import check from './kms_key_enclave_attestation_no_deployment_binding.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';
import { A, B, adminOnly, denied, enclaveAllow, enclaveInventory, image, policy, root } from '../enclave-cases.test-helper.js';

describe('kms_key_enclave_attestation_no_deployment_binding', () => {
  it('PASS when attested statements also bind PCR3, PCR4, PCR8 or an exact account', () => {
    const findings = runCheck(
      check,
      enclaveInventory([
        { id: 'pcr8', policy: policy(adminOnly, enclaveAllow({ StringEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': A, 'kms:RecipientAttestation:PCR8': B } })) },
        { id: 'role', policy: policy(enclaveAllow({ StringEquals: { 'kms:RecipientAttestation:PCR3': B } })) },
        { id: 'account', policy: policy(enclaveAllow({ ...image(A), StringEquals: { 'aws:PrincipalAccount': '123456789012' } })) },
      ]),
    );
    expect(statusById(findings)).toEqual({ pcr8: 'PASS', role: 'PASS', account: 'PASS' });
  });

  it('FAIL when only image measurements (PCR0, PCR1, PCR2) are bound; an IfExists account condition does not count', () => {
    const findings = runCheck(
      check,
      enclaveInventory([
        { id: 'image', policy: policy(root, enclaveAllow({ StringEquals: { 'kms:RecipientAttestation:PCR0': A, 'kms:RecipientAttestation:PCR1': B } })) },
        { id: 'ifexists', policy: policy(enclaveAllow({ ...image(A), StringEqualsIfExists: { 'aws:PrincipalAccount': '123456789012' } })) },
      ]),
    );
    expect(statusById(findings)).toEqual({ image: 'FAIL', ifexists: 'FAIL' });
    expect(findings[0].statusExtended).toContain('"Enclave" (binds PCR0, PCR1)');
  });

  it('MANUAL for an enclave key without attested statements; ERROR when the policy is unreadable', () => {
    const findings = runCheck(
      check,
      enclaveInventory([
        { id: 'none', policy: policy(root), aliases: ['alias/enclave-x'] },
        { id: 'locked', policy: { error: denied('kms:GetKeyPolicy') } },
      ]),
    );
    expect(statusById(findings)).toEqual({ none: 'MANUAL', locked: 'ERROR' });
  });
});

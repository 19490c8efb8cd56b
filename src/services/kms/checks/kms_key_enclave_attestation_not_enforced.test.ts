import { describe, expect, it } from 'vitest';
import check from './kms_key_enclave_attestation_not_enforced.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';
import { A, adminOnly, denied, denyUnattested, enclaveAllow, enclaveInventory, image, policy, root } from '../enclave-cases.test-helper.js';

describe('kms_key_enclave_attestation_not_enforced', () => {
  it('PASS when every statement granting attested operations binds a measurement; non-enclave, disabled and AWS keys are skipped', () => {
    const findings = runCheck(
      check,
      enclaveInventory([
        { id: 'good', policy: policy(adminOnly, enclaveAllow(image(A))) },
        { id: 'plain', policy: policy(root) },
        { id: 'off', policy: policy(root, enclaveAllow(image(A))), meta: { state: 'Disabled' } },
        { id: 'aws', policy: policy(root, enclaveAllow(image(A))), meta: { manager: 'AWS' } },
      ]),
    );
    expect(statusById(findings)).toEqual({ good: 'PASS' });
  });

  it('FAIL for a root kms:* statement or an IfExists binding, even when a Deny closes the gap (that is the bypass check)', () => {
    const findings = runCheck(
      check,
      enclaveInventory([
        { id: 'root', policy: policy(root, enclaveAllow(image(A))) },
        { id: 'ifexists', policy: policy(enclaveAllow({ StringEqualsIfExists: { 'kms:RecipientAttestation:PCR0': A } })), aliases: ['alias/enclave-data'] },
        { id: 'denied-gap', policy: policy(root, enclaveAllow(image(A)), denyUnattested) },
        { id: 'described', policy: policy(root), meta: { description: 'key for the signing enclave' } },
      ]),
    );
    expect(statusById(findings)).toEqual({ root: 'FAIL', ifexists: 'FAIL', 'denied-gap': 'FAIL', described: 'FAIL' });
    expect(findings[0].statusExtended).toContain('"Root" (kms:Decrypt, kms:DeriveSharedSecret, kms:GenerateDataKey, kms:GenerateDataKeyPair, kms:GenerateRandom)');
    expect(check.remediation.nativeIaC).toContain('kms:RecipientAttestation:ImageSha384');
    expect(check.remediation.terraform).toContain('aws_kms_key');
  });

  it('ERROR when the key policy could not be read', () => {
    const findings = runCheck(check, enclaveInventory([{ id: 'locked', policy: { error: denied('kms:GetKeyPolicy') } }]));
    expect(statusById(findings)).toEqual({ locked: 'ERROR' });
    expect(findings[0].statusExtended).toContain('kms:GetKeyPolicy');
  });
});

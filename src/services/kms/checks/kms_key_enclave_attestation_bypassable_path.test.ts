import { describe, expect, it } from 'vitest';
import check from './kms_key_enclave_attestation_bypassable_path.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';
import { A, adminOnly, denied, denyUnattested, enclaveAllow, enclaveInventory, image, policy, root } from '../enclave-cases.test-helper.js';

describe('kms_key_enclave_attestation_bypassable_path', () => {
  it('PASS when every path binds attestation, or a Deny refuses unattested requests', () => {
    const findings = runCheck(
      check,
      enclaveInventory([
        { id: 'tight', policy: policy(adminOnly, enclaveAllow(image(A))) },
        { id: 'closed', policy: policy(root, enclaveAllow(image(A)), denyUnattested) },
      ]),
    );
    expect(statusById(findings)).toEqual({ tight: 'PASS', closed: 'PASS' });
    expect(findings[1].statusExtended).toContain('a Deny refuses');
  });

  it('FAIL for the default root kms:* statement, a Deny that misses an operation, or a Deny with an unrelated condition', () => {
    const partialDeny = { ...denyUnattested, Action: 'kms:Decrypt' };
    const andedDeny = { ...denyUnattested, Condition: { ...denyUnattested.Condition, Bool: { 'aws:ViaAWSService': 'false' } } };
    const findings = runCheck(
      check,
      enclaveInventory([
        { id: 'default', policy: policy(root, enclaveAllow(image(A))) },
        { id: 'partial', policy: policy(root, enclaveAllow(image(A)), partialDeny) },
        { id: 'anded', policy: policy(root, enclaveAllow(image(A)), andedDeny) },
        { id: 'wildcard', policy: policy(adminOnly, enclaveAllow({ StringLike: { 'kms:RecipientAttestation:ImageSha384': '*' } })), aliases: ['alias/enclave'] },
      ]),
    );
    expect(statusById(findings)).toEqual({ default: 'FAIL', partial: 'FAIL', anded: 'FAIL', wildcard: 'FAIL' });
    expect(findings[0].statusExtended).toContain('"Root"');
    expect(findings[3].statusExtended).toContain('"Enclave"');
  });

  it('ERROR when the key policy could not be read', () => {
    expect(statusById(runCheck(check, enclaveInventory([{ id: 'locked', policy: { error: denied('kms:GetKeyPolicy') } }])))).toEqual({ locked: 'ERROR' });
  });
});

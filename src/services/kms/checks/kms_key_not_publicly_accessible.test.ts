import { describe, expect, it } from 'vitest';
import check from './kms_key_not_publicly_accessible.js';
import { keyPolicies, keys, type KeyMetadata } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (id: string) => `arn:aws:kms:us-east-1:123456789012:key/${id}`;
const key = (id: string, meta: Partial<KeyMetadata> = {}) => ({
  id,
  arn: arn(id),
  metadata: { ok: true as const, data: { manager: 'CUSTOMER', state: 'Enabled', spec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', ...meta } },
});
const policy = (statement: object) => ({
  ok: true as const,
  data: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*', ...statement }] }),
});
const everyone = policy({ Sid: 'Everyone', Principal: { AWS: '*' } });

describe('kms_key_not_publicly_accessible', () => {
  it('PASS for a key policy limited to the account root or to callers of this account', () => {
    const fx = new FixtureInventory().set(keys, [key('root'), key('caller')]).set(keyPolicies, {
      [arn('root')]: policy({ Principal: { AWS: 'arn:aws:iam::123456789012:root' } }),
      [arn('caller')]: policy({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'kms:CallerAccount': '123456789012' } } }),
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ root: 'PASS', caller: 'PASS' });
    expect(findings[0].resource.arn).toBe(arn('root'));
  });

  it('FAIL for a customer key open to everyone; AWS-managed keys and keys pending deletion are skipped', () => {
    const fx = new FixtureInventory()
      .set(keys, [key('open'), key('aws', { manager: 'AWS' }), key('doomed', { state: 'PendingDeletion' }), key('off', { state: 'Disabled' })])
      .set(keyPolicies, { [arn('open')]: everyone, [arn('off')]: everyone });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ open: 'FAIL', off: 'FAIL' });
    expect(findings[0].statusExtended).toContain('key policy of KMS key open grants access to everyone');
  });

  it('ERROR when DescribeKey or GetKeyPolicy was denied', () => {
    const fx = new FixtureInventory()
      .set(keys, [{ id: 'hidden', arn: arn('hidden'), metadata: { ok: false, error: denied('kms:DescribeKey') } }, key('locked')])
      .set(keyPolicies, { [arn('locked')]: { ok: false, error: denied('kms:GetKeyPolicy') } });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ hidden: 'ERROR', locked: 'ERROR' });
    expect(findings[0].statusExtended).toContain('kms:DescribeKey');
    expect(findings[1].statusExtended).toContain('kms:GetKeyPolicy');
  });
});

import { describe, expect, it } from 'vitest';
import check from './kms_cmk_rotation_enabled.js';
import { keyRotation, keys, type KeyMetadata } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (id: string) => `arn:aws:kms:us-east-1:123456789012:key/${id}`;
const key = (id: string, meta: Partial<KeyMetadata> = {}) => ({
  id,
  arn: arn(id),
  metadata: { ok: true as const, data: { manager: 'CUSTOMER', state: 'Enabled', spec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', ...meta } },
});

describe('kms_cmk_rotation_enabled', () => {
  it('PASS for a rotating key, FAIL for one that does not rotate', () => {
    const fx = new FixtureInventory()
      .set(keys, [key('yes'), key('no')])
      .set(keyRotation, { [arn('yes')]: { ok: true, data: { enabled: true, periodDays: 365 } }, [arn('no')]: { ok: true, data: { enabled: false } } });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ yes: 'PASS', no: 'FAIL' });
    expect(findings[0].statusExtended).toContain('every 365 days');
    expect(findings[1].statusExtended).toBe('KMS key no does not have automatic key rotation enabled.');
  });

  it('skips keys automatic rotation does not apply to', () => {
    const fx = new FixtureInventory()
      .set(keys, [
        key('aws', { manager: 'AWS' }),
        key('doomed', { state: 'PendingDeletion' }),
        key('off', { state: 'Disabled' }),
        key('rsa', { spec: 'RSA_2048' }),
        key('imported', { origin: 'EXTERNAL' }),
      ])
      .set(keyRotation, {});
    expect(runCheck(check, fx)).toEqual([]);
  });

  it('ERROR when the rotation status or the key description was denied, or the keys could not be listed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(keys, [key('k'), { id: 'hidden', arn: arn('hidden'), metadata: { ok: false, error: denied('kms:DescribeKey') } }], ['us-east-1'])
      .set(keyRotation, { [arn('k')]: { ok: false, error: denied('kms:GetKeyRotationStatus') } }, ['us-east-1'])
      .set(keys, { error: denied('kms:ListKeys') }, ['eu-west-1'])
      .set(keyRotation, { error: denied('kms:ListKeys') }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => f.status)).toEqual(['ERROR', 'ERROR', 'ERROR']);
    expect(findings.map((f) => f.statusExtended.match(/kms:\w+/)?.[0])).toEqual(['kms:GetKeyRotationStatus', 'kms:DescribeKey', 'kms:ListKeys']);
  });
});

import { describe, expect, it } from 'vitest';
import check from './kms_cmk_not_deleted_unintentionally.js';
import { keys } from '../collectors.js';
import { hiddenKey, key } from '../key-cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('kms_cmk_not_deleted_unintentionally', () => {
  it('judges customer managed keys only; ERROR for a key that could not be described', () => {
    const findings = runCheck(check, new FixtureInventory().set(keys, [key('live', {}), key('doomed', { state: 'PendingDeletion', deletionDate: '2026-11-20T00:00:00.000Z' }), key('aws', { manager: 'AWS', state: 'PendingDeletion' }), hiddenKey()]));
    expect(statusById(findings)).toEqual({ live: 'PASS', doomed: 'FAIL', hidden: 'ERROR' });
  });
  it('ERROR when the keys could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(keys, { error: denied('kms:ListKeys') }));
    expect(f.status).toBe('ERROR');
  });
});

describe('kms_cmk_not_deleted_unintentionally message', () => {
  it('names the deletion date', () => {
    const [f] = runCheck(check, new FixtureInventory().set(keys, [key('doomed', { state: 'PendingDeletion', deletionDate: '2026-11-20T00:00:00.000Z' })]));
    expect(f.statusExtended).toBe('KMS key doomed is scheduled for deletion on 2026-11-20.');
  });
});

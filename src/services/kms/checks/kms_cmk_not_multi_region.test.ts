import { describe, expect, it } from 'vitest';
import check from './kms_cmk_not_multi_region.js';
import { keys } from '../collectors.js';
import { hiddenKey, key } from '../key-cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('kms_cmk_not_multi_region', () => {
  it('judges customer managed keys only; ERROR for a key that could not be described', () => {
    const findings = runCheck(check, new FixtureInventory().set(keys, [key('local', { multiRegion: false }), key('global', { multiRegion: true }), key('aws', { manager: 'AWS', multiRegion: true }), hiddenKey()]));
    expect(statusById(findings)).toEqual({ local: 'PASS', global: 'FAIL', hidden: 'ERROR' });
  });
  it('ERROR when the keys could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(keys, { error: denied('kms:ListKeys') }));
    expect(f.status).toBe('ERROR');
  });
});

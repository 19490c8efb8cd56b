import { describe, expect, it } from 'vitest';
import check from './ec2_instance_secrets_user_data.js';
import { instanceUserData, instances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const HIT = { kind: 'Password or secret in assignment', rule: 'prowl/keyword', line: 3, file: 'user data', key: 'DB_PASSWORD', location: 'user data line 3 (DB_PASSWORD)' };
const DATA = {
  'i-none': { ok: true as const, data: null },
  'i-clean': { ok: true as const, data: { ok: true as const, hits: [] } },
  'i-leak': { ok: true as const, data: { ok: true as const, hits: [HIT] } },
  'i-binary': { ok: true as const, data: { ok: false as const, reason: 'the user data is binary, not text' } },
};
const inv = () => new FixtureInventory().set(instances, Object.keys(DATA).map((id) => makeInstance(id))).set(instanceUserData, DATA);

describe('ec2_instance_secrets_user_data', () => {
  it('PASS without user data or secrets, FAIL naming kind and line (never the value), MANUAL when unreadable', () => {
    const findings = runCheck(check, inv());
    expect(statusById(findings)).toEqual({ 'i-none': 'PASS', 'i-clean': 'PASS', 'i-leak': 'FAIL', 'i-binary': 'MANUAL' });
    expect(findings[2].statusExtended).toBe('Instance i-leak has potential secrets in its user data: Password or secret in assignment (user data line 3 (DB_PASSWORD)).');
  });
  it('drops hits matching secrets_ignore_patterns', () => {
    expect(runCheck(check, inv(), { config: { [check.id]: { secrets_ignore_patterns: ['^DB_PASSWORD$'] } } })[2].status).toBe('PASS');
  });
  it('ERROR when the attribute could not be read', () => {
    const fx = new FixtureInventory().set(instances, [makeInstance('i-1')]).set(instanceUserData, { 'i-1': { ok: false as const, error: denied('ec2:DescribeInstanceAttribute') } });
    expect(runCheck(check, fx)[0]).toMatchObject({ status: 'ERROR', resource: { id: 'i-1' } });
  });
});

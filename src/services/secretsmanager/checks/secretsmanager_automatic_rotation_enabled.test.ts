import { describe, expect, it } from 'vitest';
import check from './secretsmanager_automatic_rotation_enabled.js';
import { secrets } from '../collectors.js';
import { secret } from '../secret-cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('secretsmanager_automatic_rotation_enabled', () => {
  it('PASS when rotating, FAIL when not; replicas are judged in their primary region', () => {
    const fx = new FixtureInventory().set(secrets, [
      secret('db', { rotationEnabled: true, rotationDays: 30 }),
      secret('api-key', { rotationEnabled: false }),
      secret('replica', { rotationEnabled: false, primaryRegion: 'eu-west-1' }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ db: 'PASS', 'api-key': 'FAIL' });
    expect(findings[0].statusExtended).toBe('Secret db rotates automatically every 30 days.');
  });
  it('ERROR when the secrets could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(secrets, { error: denied('secretsmanager:ListSecrets') }));
    expect(f.status).toBe('ERROR');
  });
});

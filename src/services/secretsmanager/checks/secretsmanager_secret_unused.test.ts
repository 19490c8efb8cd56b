import { describe, expect, it } from 'vitest';
import check from './secretsmanager_secret_unused.js';
import { secrets } from '../collectors.js';
import { secret } from '../secret-cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// The fixture clock is 2026-11-01.
describe('secretsmanager_secret_unused', () => {
  it('PASS when read recently or brand new, FAIL when idle or never read for long', () => {
    const fx = new FixtureInventory().set(secrets, [
      secret('busy', { lastAccessedDate: '2026-10-31T00:00:00.000Z', createdDate: '2020-01-01T00:00:00.000Z' }),
      secret('idle', { lastAccessedDate: '2026-06-01T00:00:00.000Z' }),
      secret('new', { createdDate: '2026-10-25T00:00:00.000Z' }),
      secret('forgotten', { createdDate: '2025-01-01T00:00:00.000Z' }),
    ]);
    expect(statusById(runCheck(check, fx))).toEqual({ busy: 'PASS', idle: 'FAIL', new: 'PASS', forgotten: 'FAIL' });
  });
  it('ERROR when the secrets could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(secrets, { error: denied('secretsmanager:ListSecrets') }));
    expect(f.status).toBe('ERROR');
  });
});

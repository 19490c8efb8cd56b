import { describe, expect, it } from 'vitest';
import check from './secretsmanager_secret_rotated_periodically.js';
import { secrets } from '../collectors.js';
import { secret } from '../secret-cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// The fixture clock is 2026-11-01.
describe('secretsmanager_secret_rotated_periodically', () => {
  it('PASS when rotated (or created) within 90 days, FAIL otherwise, even with rotation configured', () => {
    const fx = new FixtureInventory().set(secrets, [
      secret('fresh', { lastRotatedDate: '2026-10-01T00:00:00.000Z', createdDate: '2024-01-01T00:00:00.000Z' }),
      secret('stale', { rotationEnabled: true, lastRotatedDate: '2026-01-01T00:00:00.000Z' }),
      secret('new', { createdDate: '2026-10-20T00:00:00.000Z' }),
      secret('old', { createdDate: '2025-01-01T00:00:00.000Z' }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ fresh: 'PASS', stale: 'FAIL', new: 'PASS', old: 'FAIL' });
    expect(findings[3].statusExtended).toMatch(/never rotated, created \d+ days ago \(more than 90\)/);
    const loose = runCheck(check, fx, { config: { secretsmanager_secret_rotated_periodically: { max_days_secret_unrotated: 400 } } });
    expect(statusById(loose).stale).toBe('PASS');
  });
  it('ERROR when the secrets could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(secrets, { error: denied('secretsmanager:ListSecrets') }));
    expect(f.status).toBe('ERROR');
  });
});

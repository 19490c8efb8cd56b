import { describe, expect, it } from 'vitest';
import check from './trustedadvisor_errors_and_warnings.js';
import { advisorChecks } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const c = (id: string, status: unknown, flaggedResources = 0) => ({ id, name: id, category: 'security', status, flaggedResources });

describe('trustedadvisor_errors_and_warnings', () => {
  it('PASS ok, FAIL warning/error, skip not_available, ERROR per unreadable result', () => {
    const fx = new FixtureInventory().set(advisorChecks, [
      c('good', { ok: true, data: 'ok' }),
      c('warn', { ok: true, data: 'warning' }, 3),
      c('red', { ok: true, data: 'error' }, 1),
      c('na', { ok: true, data: 'not_available' }),
      c('hidden', { ok: false, error: denied('support:DescribeTrustedAdvisorCheckResult') }),
    ] as never);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ good: 'PASS', warn: 'FAIL', red: 'FAIL', hidden: 'ERROR' });
    expect(findings[1].statusExtended).toBe('Trusted Advisor check "warn" is in warning state (3 flagged resource(s)).');
  });
  it('MANUAL without a premium plan, ERROR when denied', () => {
    expect(runCheck(check, new FixtureInventory().set(advisorChecks, null)).map((f) => f.status)).toEqual(['MANUAL']);
    expect(runCheck(check, new FixtureInventory().set(advisorChecks, { error: denied('support:DescribeTrustedAdvisorChecks') })).map((f) => f.status)).toEqual(['ERROR']);
  });
});

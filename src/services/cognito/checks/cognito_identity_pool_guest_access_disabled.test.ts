import { describe, expect, it } from 'vitest';
import check from './cognito_identity_pool_guest_access_disabled.js';
import { identityPools } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const pool = (id: string, detail: unknown, roles: unknown = { ok: true, data: {} }) => ({ id, name: id, arn: `arn:aws:cognito-identity:us-east-1:123456789012:identitypool/${id}`, detail, roles });

describe('cognito_identity_pool_guest_access_disabled', () => {
  it('FAIL for guest access (naming the role), PASS without, ERROR when undescribable', () => {
    const fx = new FixtureInventory().set(identityPools, [
      pool('open', { ok: true, data: { allowUnauthenticated: true, allowClassicFlow: false, userPoolProviders: [] } }, { ok: true, data: { unauthenticated: 'arn:aws:iam::123456789012:role/guest' } }),
      pool('closed', { ok: true, data: { allowUnauthenticated: false, allowClassicFlow: false, userPoolProviders: [] } }),
      pool('hidden', { ok: false, error: denied('cognito-identity:DescribeIdentityPool') }),
    ] as never);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ open: 'FAIL', closed: 'PASS', hidden: 'ERROR' });
    expect(findings[0].statusExtended).toMatch(/credentials for role guest/);
  });
});

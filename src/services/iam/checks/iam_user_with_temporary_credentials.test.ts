import { describe, expect, it } from 'vitest';
import check from './iam_user_with_temporary_credentials.js';
import { serviceLastAccessed, type EntityAccess, type ServiceAccess } from '../last-accessed.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const e = (name: string, services: ServiceAccess[] | { error: ReturnType<typeof denied> }, kind: 'user' | 'role' = 'user'): EntityAccess => ({
  kind,
  name,
  arn: `arn:aws:iam::123456789012:${kind}/${name}`,
  path: '/',
  services: Array.isArray(services) ? { ok: true, data: services } : { ok: false, error: services.error },
});
const at = (namespace: string, iso: string | null): ServiceAccess => ({ namespace, lastAuthenticated: iso });

describe('iam_user_with_temporary_credentials', () => {
  it('PASS for users that only assume roles (or are unused), FAIL for users calling other services, ERROR per unreadable user; roles are not judged', () => {
    const fx = new FixtureInventory().set(serviceLastAccessed, [
      e('role-hopper', [at('sts', '2026-10-30T00:00:00.000Z'), at('iam', '2026-10-01T00:00:00.000Z'), at('s3', null)]),
      e('unused', [at('s3', null), at('ec2', null)]),
      e('direct', [at('sts', '2026-10-30T00:00:00.000Z'), at('s3', '2026-10-29T00:00:00.000Z'), at('ec2', '2026-09-01T00:00:00.000Z')]),
      e('hidden', { error: denied('iam:GetServiceLastAccessedDetails') }),
      e('app-role', [at('dynamodb', '2026-10-30T00:00:00.000Z')], 'role'),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'role-hopper': 'PASS', unused: 'PASS', direct: 'FAIL', hidden: 'ERROR' });
    expect(findings.find((f) => f.resource.id === 'direct')!.statusExtended).toBe(
      'IAM user direct has used its long-term credentials directly with 2 service(s) other than IAM and STS: s3, ec2.',
    );
  });

  it('ERROR when the last-accessed report could not be built', () => {
    const [f] = runCheck(check, new FixtureInventory().set(serviceLastAccessed, { error: denied('iam:GetAccountAuthorizationDetails') }));
    expect(f.status).toBe('ERROR');
  });
});

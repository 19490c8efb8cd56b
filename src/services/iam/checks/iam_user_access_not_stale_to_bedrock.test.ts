import { describe, expect, it } from 'vitest';
import check from './iam_user_access_not_stale_to_bedrock.js';
import { serviceLastAccessed, type EntityAccess } from '../last-accessed.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const e = (name: string, services: EntityAccess['services'], kind: 'user' | 'role' = 'user', path = '/'): EntityAccess => ({
  kind,
  name,
  arn: `arn:aws:iam::123456789012:${kind}/${name}`,
  path,
  services,
});
const OTHER_KIND: 'user' | 'role' = check.resourceType === 'AwsIamUser' ? 'role' : 'user';
const used = (iso: string | null) => ({ ok: true as const, data: [{ namespace: 'bedrock', lastAuthenticated: iso }, { namespace: 's3', lastAuthenticated: null }] });

// The fixture clock is 2026-11-01.
describe('iam_user_access_not_stale_to_bedrock', () => {
  it('PASS when used recently, FAIL when never or long ago, skip entities without the permission, ERROR per unreadable entity', () => {
    const fx = new FixtureInventory().set(serviceLastAccessed, [
      e('recent', used('2026-10-20T00:00:00.000Z')),
      e('stale', used('2026-05-01T00:00:00.000Z')),
      e('never', used(null)),
      e('unrelated', { ok: true, data: [{ namespace: 's3', lastAuthenticated: null }] }),
      e('hidden', { ok: false, error: denied('iam:GenerateServiceLastAccessedDetails') }),
      e('other-kind', used(null), OTHER_KIND),
      e('AWSServiceRoleForX', used(null), 'role', '/aws-service-role/x.amazonaws.com/'),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ recent: 'PASS', stale: 'FAIL', never: 'FAIL', hidden: 'ERROR' });
    expect(findings.find((f) => f.resource.id === 'never')!.statusExtended).toBe('IAM user never has Bedrock permissions but has never used them.');
    const loose = runCheck(check, fx, { config: { iam_user_access_not_stale_to_bedrock: { max_unused_bedrock_access_days: 400 } } });
    expect(statusById(loose).stale).toBe('PASS');
  });
  it('ERROR when the report could not be built', () => {
    const [f] = runCheck(check, new FixtureInventory().set(serviceLastAccessed, { error: denied('iam:GetAccountAuthorizationDetails') }));
    expect(f.status).toBe('ERROR');
  });
});

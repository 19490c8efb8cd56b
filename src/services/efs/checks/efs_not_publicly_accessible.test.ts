import { describe, expect, it } from 'vitest';
import check from './efs_not_publicly_accessible.js';
import { fileSystemPolicies, fileSystems } from '../collectors.js';
import { makeFileSystem } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (id: string) => makeFileSystem(id).arn;
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const mount = ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'];

const cases: Record<string, { policy: string | null; status: 'PASS' | 'FAIL' }> = {
  // AWS applies its default policy: full access for any client that reaches a mount target (Prowler agrees).
  'fs-no-policy': { policy: null, status: 'FAIL' },
  'fs-everyone': { policy: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: mount }), status: 'FAIL' },
  // The console's "grant access via mount target" statement: any principal that reaches a mount target,
  // which is exactly the network-only default; the condition says how, not who.
  'fs-via-mount-target': {
    policy: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: mount, Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } }),
    status: 'FAIL',
  },
  // Requiring TLS does not say who may mount either.
  'fs-tls-only': { policy: policy({ Effect: 'Allow', Principal: '*', Action: mount, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), status: 'FAIL' },
  'fs-role': { policy: policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/app' }, Action: mount }), status: 'PASS' },
  'fs-org': {
    policy: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: mount, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } }),
    status: 'PASS',
  },
  // Only a Deny (for plain-text connections): the policy no longer falls back to the default, and grants nobody.
  'fs-deny-only': { policy: policy({ Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }), status: 'PASS' },
};

describe('efs_not_publicly_accessible', () => {
  it('FAIL without a policy or with one open to every principal (conditions judged); PASS when it names who may mount', () => {
    const ids = Object.keys(cases);
    const fx = new FixtureInventory()
      .set(fileSystems, ids.map((id) => makeFileSystem(id)))
      .set(fileSystemPolicies, Object.fromEntries(ids.map((id) => [arn(id), { ok: true as const, data: cases[id].policy }])));
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual(Object.fromEntries(ids.map((id) => [id, cases[id].status])));
    expect(findings.find((f) => f.resource.id === 'fs-no-policy')?.statusExtended).toContain('has no file system policy');
  });
  it('ERROR when the policy could not be read (naming the call) or is not JSON', () => {
    const fx = new FixtureInventory()
      .set(fileSystems, [makeFileSystem('fs-denied'), makeFileSystem('fs-garbled')])
      .set(fileSystemPolicies, {
        [arn('fs-denied')]: { ok: false, error: denied('elasticfilesystem:DescribeFileSystemPolicy') },
        [arn('fs-garbled')]: { ok: true, data: '{not json' },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'fs-denied': 'ERROR', 'fs-garbled': 'ERROR' });
    expect(findings[0].statusExtended).toContain('elasticfilesystem:DescribeFileSystemPolicy');
  });
});

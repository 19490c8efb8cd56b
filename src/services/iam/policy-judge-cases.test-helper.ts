/** Shared PASS / FAIL / ERROR cases for the checks that judge inline or customer managed policy documents. */
import { expect } from 'vitest';
import type { Check } from '../../core/check.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../test/helpers/check.js';
import { authorizationDetails } from './policies.js';
import { customRef, details, group, policy, role, user } from './policy-fixtures.test-helper.js';

export const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });

/** Inline policies on a user, a group and a role: each failing document FAILs, each passing one PASSes. */
export function expectInlineVerdicts(check: Check<any>, failing: unknown[], passing: unknown[]) {
  const inlineDocuments: Record<string, unknown> = {};
  failing.forEach((d, i) => (inlineDocuments[`bad${i}`] = d));
  passing.forEach((d, i) => (inlineDocuments[`good${i}`] = d));
  const names = Object.keys(inlineDocuments);
  const u = { ...user('alice'), inlinePolicies: names, inlineDocuments };
  const g = { ...group('ops'), inlinePolicies: ['unreadable'], inlineDocuments: { unreadable: '{not json' } };
  const r = { ...role('app'), inlinePolicies: ['bad-role'], inlineDocuments: { 'bad-role': failing[0] } };
  const findings = runCheck(check, new FixtureInventory().set(authorizationDetails, details({ users: [u], groups: [g], roles: [r] })));
  const expected: Record<string, string> = {};
  failing.forEach((_, i) => (expected[`user/alice/bad${i}`] = 'FAIL'));
  passing.forEach((_, i) => (expected[`user/alice/good${i}`] = 'PASS'));
  expected['group/ops/unreadable'] = 'ERROR';
  expected['role/app/bad-role'] = 'FAIL';
  expect(statusById(findings)).toEqual(expected);
  expect(findings.find((f) => f.resource.id === 'role/app/bad-role')!.statusExtended).toMatch(/^Inline policy bad-role of role app /);
  return findings;
}

/** Customer managed policies (attached and not): failing documents FAIL, passing PASS, AWS managed ones are skipped. */
export function expectCustomerVerdicts(check: Check<any>, failing: unknown[], passing: unknown[], opts: { unattachedOnly?: boolean } = {}) {
  const policies = [
    ...failing.map((d, i) => policy(customRef(`bad${i}`), d, opts.unattachedOnly ? 0 : 1)),
    ...passing.map((d, i) => policy(customRef(`good${i}`), d, opts.unattachedOnly ? 0 : i % 2)),
    policy({ name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess' }, doc({ Effect: 'Allow', Action: '*', Resource: '*' })),
    policy(customRef('broken'), 'not a policy', 0),
  ];
  const findings = runCheck(check, new FixtureInventory().set(authorizationDetails, details({ policies })));
  const expected: Record<string, string> = { broken: 'ERROR' };
  failing.forEach((_, i) => (expected[`bad${i}`] = 'FAIL'));
  passing.forEach((_, i) => (expected[`good${i}`] = 'PASS'));
  expect(statusById(findings)).toEqual(expected);
  return findings;
}

/** The authorization details were denied: one ERROR naming the call. */
export function expectDeniedError(check: Check<any>) {
  const findings = runCheck(check, new FixtureInventory().set(authorizationDetails, { error: denied('iam:GetAccountAuthorizationDetails') }));
  expect(findings.map((f) => [f.status, f.error?.operation])).toEqual([['ERROR', 'iam:GetAccountAuthorizationDetails']]);
}

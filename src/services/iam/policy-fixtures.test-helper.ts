/** Builders for iam.authorizationDetails fixtures used by the policy check tests. */
import type { AttachedPolicyRef, AuthorizationDetails, IamGroupDetail, IamRoleDetail, IamUserDetail, ManagedPolicy } from './policies.js';

export const ACCT = '123456789012';
export const awsRef = (name: string): AttachedPolicyRef => ({ name, arn: `arn:aws:iam::aws:policy/${name}` });
export const customRef = (name: string): AttachedPolicyRef => ({ name, arn: `arn:aws:iam::${ACCT}:policy/${name}` });
export const ADMIN_DOC = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
export const READ_DOC = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }] };

export const user = (name: string, attachedPolicies: AttachedPolicyRef[] = [], inlinePolicies: string[] = []): IamUserDetail => ({
  name,
  id: `AIDA${name.toUpperCase()}`,
  arn: `arn:aws:iam::${ACCT}:user/${name}`,
  path: '/',
  attachedPolicies,
  inlinePolicies,
  groups: [],
});
export const group = (name: string, attachedPolicies: AttachedPolicyRef[] = []): IamGroupDetail => ({
  name,
  id: `AGPA${name.toUpperCase()}`,
  arn: `arn:aws:iam::${ACCT}:group/${name}`,
  path: '/',
  attachedPolicies,
  inlinePolicies: [],
});
export const role = (name: string, attachedPolicies: AttachedPolicyRef[] = []): IamRoleDetail => ({
  name,
  id: `AROA${name.toUpperCase()}`,
  arn: `arn:aws:iam::${ACCT}:role/${name}`,
  path: '/',
  attachedPolicies,
  inlinePolicies: [],
  trustPolicy: { Version: '2012-10-17', Statement: [] },
});
export const policy = (ref: AttachedPolicyRef, document: unknown, attachmentCount = 1): ManagedPolicy => ({
  name: ref.name,
  id: `ANPA${ref.name.toUpperCase()}`,
  arn: ref.arn,
  path: '/',
  awsManaged: ref.arn.includes(':iam::aws:'),
  attachmentCount,
  defaultVersionId: 'v1',
  document,
});
export const details = (d: Partial<AuthorizationDetails>): AuthorizationDetails => ({ users: [], groups: [], roles: [], policies: [], ...d });

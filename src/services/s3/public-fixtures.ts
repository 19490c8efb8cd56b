/** Test-only builders for the S3 public-access checks: buckets with ACLs, policies, ownership and blocks. */
import { FixtureInventory, denied } from '../../../test/helpers/check.js';
import {
  accountPublicAccessBlock,
  bucketAcls,
  bucketOwnershipControls,
  bucketPolicies,
  bucketPublicAccessBlocks,
  buckets,
  type AclGrant,
  type PublicAccessBlock,
} from './collectors.js';
import type { Result } from '../../core/types.js';

export const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTH_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
export const grant = (uri: string, permission: string): AclGrant => ({ granteeType: 'Group', uri, permission });
export const OWNER_ONLY: AclGrant = { granteeType: 'CanonicalUser', id: 'owner', permission: 'FULL_CONTROL' };
export const NONE: PublicAccessBlock = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false };
export const ALL: PublicAccessBlock = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };

export const publicReadPolicy = (bucket: string, condition?: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*`, ...(condition ? { Condition: condition } : {}) }],
  });

export interface BucketSpec {
  grants?: AclGrant[] | 'denied';
  policy?: string | null | 'denied';
  ownership?: string | null | 'denied';
  block?: PublicAccessBlock | null | 'denied';
}

const res = <T>(v: T | 'denied', op: string): Result<T> => (v === 'denied' ? { ok: false, error: denied(op) } : { ok: true, data: v });

/** An inventory of buckets (all in us-east-1) built from specs, with the account-level block. */
export function publicFixture(specs: Record<string, BucketSpec>, account: PublicAccessBlock | null | 'denied' = null): FixtureInventory {
  const names = Object.keys(specs);
  const map = <T>(f: (s: BucketSpec) => T | 'denied', op: string) => Object.fromEntries(names.map((n) => [n, res(f(specs[n]), op)]));
  return new FixtureInventory()
    .set(buckets, names.map((n) => ({ name: n, arn: `arn:aws:s3:::${n}`, region: 'us-east-1' })))
    .set(bucketAcls, map((s) => (s.grants === 'denied' ? 'denied' : { ownerId: 'owner', grants: s.grants ?? [OWNER_ONLY] }), 's3:GetBucketAcl'))
    .set(bucketPolicies, map((s) => (s.policy === undefined ? null : s.policy), 's3:GetBucketPolicy'))
    .set(bucketOwnershipControls, map((s) => (s.ownership === undefined ? 'BucketOwnerPreferred' : s.ownership), 's3:GetBucketOwnershipControls'))
    .set(bucketPublicAccessBlocks, map((s) => (s.block === undefined ? null : s.block), 's3:GetPublicAccessBlock'))
    .set(accountPublicAccessBlock, account === 'denied' ? { error: denied('s3control:GetPublicAccessBlock') } : account);
}

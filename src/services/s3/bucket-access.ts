/**
 * Shared reasoning for the S3 checks and the CloudTrail log-bucket checks: which buckets are in scope,
 * one bucket's entry of a per-bucket fact, the effective Block Public Access settings (bucket OR account),
 * and whether an ACL or a bucket policy exposes a bucket. Every answer that depends on data prowl could
 * not read is a CallError, never a guess.
 */
import type { EvalContext } from '../../core/check.js';
import type { CallError, ResourceRef, Result } from '../../core/types.js';
import { describeCallError } from '../../aws/errors.js';
import { isPublicPolicy } from '../../lib/iam-policy/index.js';
import { entryFor } from '../../lib/resource-policy.js';
import { trailList, type TrailConfig } from '../cloudtrail/collectors.js';
import { trailResource } from '../cloudtrail/trail-helpers.js';
import { accountPublicAccessBlock, bucketPublicAccessBlocks, buckets, type Bucket, type BucketAcl, type PerBucket, type PublicAccessBlock } from './collectors.js';
import type { Fact } from '../../core/fact.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

export const bucketResource = (b: Bucket): ResourceRef => ({ arn: b.arn, id: b.name, name: b.name, region: b.region });

/** ERROR finding naming the bucket and the call that failed. */
export function bucketError(ctx: Ctx, b: Bucket, error: CallError): void {
  ctx.error(bucketResource(b), error, `Could not evaluate bucket ${b.name}: ${describeCallError(error)}.`);
}

/**
 * The buckets in the scanned regions. When the bucket list could not be read, reports one ERROR for the
 * account and returns undefined.
 */
export function bucketsInScope(ctx: Ctx): Bucket[] | undefined {
  const list = ctx.global(buckets);
  if (!list.ok) {
    ctx.error(ctx.accountResource(), list.error, `Could not list the S3 buckets: ${describeCallError(list.error)}.`);
    return undefined;
  }
  const regions = new Set(ctx.regions);
  return list.data.filter((b) => regions.has(b.region));
}

/**
 * Visit every bucket in scope with its entry of a per-bucket fact; a bucket whose entry could not be read
 * gets an ERROR naming the call.
 */
export function eachBucketWith<T>(ctx: Ctx, fact: Fact<PerBucket<T>>, visit: (b: Bucket, data: T, resource: ResourceRef) => void): void {
  const all = ctx.global(fact);
  for (const b of bucketsInScope(ctx) ?? []) {
    const e = entryFor(all, b.name, fact.operation);
    if (!e.ok) bucketError(ctx, b, e.error);
    else visit(b, e.data, bucketResource(b));
  }
}

export type BlockSetting = keyof PublicAccessBlock;

export const SETTING_NAMES: Record<BlockSetting, string> = {
  blockPublicAcls: 'BlockPublicAcls',
  ignorePublicAcls: 'IgnorePublicAcls',
  blockPublicPolicy: 'BlockPublicPolicy',
  restrictPublicBuckets: 'RestrictPublicBuckets',
};
export const ALL_SETTINGS = Object.keys(SETTING_NAMES) as BlockSetting[];

/** A Block Public Access setting in force for a bucket: true/false when known, a CallError when it could be on but was not readable. */
export type Effective = boolean | CallError;

export interface BlockSources {
  bucket: Result<PublicAccessBlock | null>;
  account: Result<PublicAccessBlock | null>;
}

/** The bucket's own block and the account's block, as read. */
export function blockSources(ctx: Ctx, b: Bucket): BlockSources {
  return {
    bucket: entryFor(ctx.global(bucketPublicAccessBlocks), b.name, 's3:GetPublicAccessBlock'),
    account: ctx.global(accountPublicAccessBlock),
  };
}

/** A setting applies when either the bucket or the account turns it on. */
export function effective(setting: BlockSetting, src: BlockSources): Effective {
  const results = [src.bucket, src.account];
  if (results.some((r) => r.ok && r.data?.[setting])) return true;
  for (const r of results) if (!r.ok) return r.error;
  return false;
}

export const isError = (v: unknown): v is CallError =>
  typeof v === 'object' && v !== null && 'kind' in v && 'operation' in v;

/** Whether a bucket is exposed by one mechanism (ACL or policy). */
export type Exposure = { exposed: true; reason: string } | { exposed: false; reason: string } | { error: CallError };

export const PUBLIC_GROUPS: Record<string, string> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'everyone (AllUsers)',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'any AWS account (AuthenticatedUsers)',
};

/** ACL permissions that let the grantee list the bucket's objects. */
export const LIST_PERMISSIONS = ['READ', 'FULL_CONTROL'];
/** ACL permissions that let the grantee write objects or rewrite the ACL itself. */
export const WRITE_PERMISSIONS = ['WRITE', 'WRITE_ACP', 'FULL_CONTROL'];

export interface AclOptions {
  /**
   * The bucket's Object Ownership setting: BucketOwnerEnforced disables ACLs, so no grant has any effect.
   * Omitted when the caller did not collect it (then only IgnorePublicAcls can neutralise a grant).
   */
  ownership?: Result<string | null>;
  /** Only grants of these permissions count (all permissions when omitted). */
  permissions?: string[];
}

/**
 * ACL grants to AllUsers or AuthenticatedUsers (both are public: AuthenticatedUsers means any AWS account
 * in the world), unless IgnorePublicAcls makes S3 disregard them or Object Ownership BucketOwnerEnforced
 * disables ACLs. BlockPublicAcls alone does not count: it refuses new public ACLs and leaves existing
 * grants in force.
 */
export function aclExposure(acl: Result<BucketAcl>, ignorePublicAcls: Effective, opts: AclOptions = {}): Exposure {
  if (ignorePublicAcls === true) return { exposed: false, reason: 'IgnorePublicAcls disregards public ACL grants' };
  if (opts.ownership?.ok && opts.ownership.data === 'BucketOwnerEnforced') {
    return { exposed: false, reason: 'ACLs are disabled (Object Ownership is BucketOwnerEnforced)' };
  }
  if (!acl.ok) return { error: acl.error };
  const grants = acl.data.grants.filter((g) => g.uri && PUBLIC_GROUPS[g.uri] && (!opts.permissions || opts.permissions.includes(g.permission)));
  const which = opts.permissions ? `${opts.permissions.join(' or ')} ` : '';
  if (grants.length === 0) return { exposed: false, reason: `its ACL grants nothing ${which ? `(${which.trim()}) ` : ''}to AllUsers or AuthenticatedUsers` };
  if (isError(ignorePublicAcls)) return { error: ignorePublicAcls };
  if (opts.ownership && !opts.ownership.ok) return { error: opts.ownership.error };
  const what = grants.map((g) => `${g.permission} to ${PUBLIC_GROUPS[g.uri as string]}`).join(', ');
  return { exposed: true, reason: `its ACL grants ${what}` };
}

/**
 * A bucket policy that lets anyone in (optionally only for some actions), unless RestrictPublicBuckets
 * limits such policies to the owner account and AWS services. BlockPublicPolicy alone does not count:
 * it only refuses new public policies and leaves an existing one in force.
 */
export function policyExposure(
  policy: Result<string | null>,
  restrictPublicBuckets: Effective,
  opts: { accountId: string; actions?: string[]; what?: string },
): Exposure {
  if (restrictPublicBuckets === true) return { exposed: false, reason: 'RestrictPublicBuckets limits public policies to the owner account' };
  if (!policy.ok) return { error: policy.error };
  if (policy.data === null) return { exposed: false, reason: 'it has no bucket policy' };
  if (!isPublicPolicy(policy.data, { accountId: opts.accountId, actions: opts.actions })) {
    return { exposed: false, reason: `its bucket policy does not grant ${opts.what ?? 'access'} to the public` };
  }
  if (isError(restrictPublicBuckets)) return { error: restrictPublicBuckets };
  return { exposed: true, reason: `its bucket policy grants ${opts.what ?? 'access'} to anyone` };
}

/**
 * Everything that can make a bucket readable or writable by people outside the account, judged once:
 * its ACL (AllUsers and AuthenticatedUsers, unless IgnorePublicAcls or BucketOwnerEnforced neutralise it)
 * and its policy (Principal "*" without a narrowing condition, unless RestrictPublicBuckets neutralises it),
 * with Block Public Access taken from the bucket or the account, whichever turns it on. Returns every
 * exposure found, or the error that keeps prowl from deciding. A denied read that cannot change the
 * verdict (an ACL that does not matter because IgnorePublicAcls is on) is not an error.
 */
export interface BucketPublicity {
  exposures: string[];
  /** Why the bucket is not public, one reason per mechanism (when exposures is empty). */
  safe: string[];
  error?: CallError;
}

export function bucketPublicity(
  src: BlockSources,
  acl: Result<BucketAcl>,
  policy: Result<string | null>,
  ownership: Result<string | null>,
  accountId: string,
): BucketPublicity {
  const results = [
    aclExposure(acl, effective('ignorePublicAcls', src), { ownership }),
    policyExposure(policy, effective('restrictPublicBuckets', src), { accountId }),
  ];
  const out: BucketPublicity = { exposures: [], safe: [] };
  for (const r of results) {
    if ('error' in r) out.error ??= r.error;
    else if (r.exposed) out.exposures.push(r.reason);
    else out.safe.push(r.reason);
  }
  return out;
}

/** A trail and its log bucket: the bucket of this account, undefined when the account has no bucket of that name, or the bucket-list error. */
export interface TrailBucket {
  trail: TrailConfig;
  bucketName: string;
  bucket: Result<Bucket | undefined>;
}

/**
 * Every trail visible in the scanned regions (each once), with its log bucket looked up in this account's
 * bucket list. Regions whose trails could not be listed get an ERROR for the account there.
 */
export function trailBuckets(ctx: Ctx): TrailBucket[] {
  const list = ctx.global(buckets);
  const byName = new Map(list.ok ? list.data.map((b) => [b.name, b] as const) : []);
  const seen = new Set<string>();
  const out: TrailBucket[] = [];
  for (const { region, result } of ctx.regional(trailList)) {
    if (!result.ok) {
      ctx.error(ctx.accountResource(region), result.error, `Could not list the trails of ${region}: ${describeCallError(result.error)}.`);
      continue;
    }
    for (const trail of result.data) {
      if (seen.has(trail.arn) || !trail.s3BucketName) continue;
      seen.add(trail.arn);
      const bucket: Result<Bucket | undefined> = list.ok ? { ok: true, data: byName.get(trail.s3BucketName) } : list;
      out.push({ trail, bucketName: trail.s3BucketName, bucket });
    }
  }
  return out;
}

/**
 * The trails whose log bucket belongs to this account, one per trail, for checks that judge the bucket
 * per trail. A failed bucket lookup reports ERROR on the trail; a bucket of another account reports
 * MANUAL, telling the user to `verify` it where it lives.
 */
export function* ownTrailBuckets(ctx: Ctx, verify: string): Generator<{ trail: TrailConfig; bucketName: string; resource: ResourceRef }> {
  for (const { trail, bucketName, bucket } of trailBuckets(ctx)) {
    const resource = trailResource(trail);
    if (!bucket.ok) {
      ctx.error(resource, bucket.error, `Could not tell whether trail ${trail.name}'s bucket ${bucketName} is in this account: ${describeCallError(bucket.error)}.`);
    } else if (!bucket.data) {
      ctx.manual(resource, foreignBucketMessage([trail], bucketName, verify));
    } else {
      yield { trail, bucketName, resource };
    }
  }
}

/** MANUAL message for a log bucket that is not in this account's bucket list. */
export function foreignBucketMessage(trails: TrailConfig[], bucketName: string, verify: string): string {
  const who = trails.length === 1 ? `Trail ${trails[0].name} delivers its` : `Trails ${trails.map((t) => t.name).join(', ')} deliver their`;
  return `${who} logs to bucket ${bucketName}, which is not one of this account's buckets (another account owns it, or it no longer exists); ${verify} in the account that owns it.`;
}

/**
 * S3 collectors. ListBuckets (paginated) returns each bucket's region, so no per-bucket
 * GetBucketLocation is needed. Per-bucket configuration facts are separate facts, so a scan asks
 * only for the facets its selected checks use. Each per-bucket fact is one global map
 * bucket name -> Result, fetched from the bucket's own region, for the buckets in the scanned regions (and
 * trail log buckets); one denied bucket does not hide the others.
 */
import { defineFact, type CollectContext } from '../../core/fact.js';
import type { CallError, Result } from '../../core/types.js';
import { awsErrorCode } from '../../aws/errors.js';
import { trailList } from '../cloudtrail/collectors.js';
import type { S3Client } from '@aws-sdk/client-s3';

export interface Bucket {
  name: string;
  arn: string;
  region: string;
  creationDate?: string;
  /** Set when the bucket's region could not be read: its facets are this error (ERROR for the bucket), never dropped. */
  regionError?: CallError;
}

export const buckets = defineFact<Bucket[]>({
  id: 's3.buckets',
  service: 's3',
  scope: 'global',
  operation: 's3:ListBuckets',
  async collect(ctx) {
    const { paginateListBuckets, GetBucketLocationCommand } = await import('@aws-sdk/client-s3');
    const s3 = await ctx.client('s3');
    const out: Bucket[] = [];
    for await (const page of paginateListBuckets({ client: s3, pageSize: 1000 }, {})) {
      for (const b of page.Buckets ?? []) {
        if (!b.Name) continue;
        out.push({
          name: b.Name,
          arn: `arn:${ctx.account.partition}:s3:::${b.Name}`,
          region: b.BucketRegion ?? '',
          creationDate: b.CreationDate?.toISOString(),
        });
      }
    }
    // AWS returns BucketRegion; endpoints that do not (older S3-compatible APIs, emulators) get one
    // GetBucketLocation per bucket. A bucket whose location cannot be read keeps the error: its checks report
    // ERROR for it (it is reported in the home region), instead of guessing a region and maybe dropping it.
    await Promise.all(
      out
        .filter((b) => !b.region)
        .map(async (b) => {
          const loc = await ctx.attempt('s3:GetBucketLocation', () => s3.send(new GetBucketLocationCommand({ Bucket: b.name })));
          if (!loc.ok) {
            b.regionError = loc.error;
            b.region = ctx.region;
            return;
          }
          const constraint = loc.data.LocationConstraint;
          b.region = !constraint ? 'us-east-1' : constraint === 'EU' ? 'eu-west-1' : constraint;
        }),
    );
    return out;
  },
});

/** One facet per bucket, keyed by bucket name. */
export type PerBucket<T> = Record<string, Result<T>>;

/** The four Block Public Access switches (bucket or account level). */
export interface PublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

/** Error codes that mean "this configuration is not set", which is an answer, not a failure. */
const NOT_CONFIGURED = new Set([
  'NoSuchBucketPolicy',
  'NoSuchPublicAccessBlockConfiguration',
  'ServerSideEncryptionConfigurationNotFoundError',
  'OwnershipControlsNotFoundError',
  'ReplicationConfigurationNotFoundError',
  'NoSuchLifecycleConfiguration',
  'ObjectLockConfigurationNotFoundError',
]);

/** Run `fn`, turning a "not configured" answer into null. */
async function orNull<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (err) {
    if (NOT_CONFIGURED.has(awsErrorCode(err))) return null;
    throw err;
  }
}

/**
 * The buckets whose facets a scan reads: those in the scanned regions, plus the buckets that trails in those
 * regions deliver to (CloudTrail's log-bucket checks judge a trail's bucket wherever it lives) when a
 * selected check reads the trails.
 */
async function bucketsToRead(ctx: CollectContext): Promise<Bucket[]> {
  const list = await ctx.need(buckets);
  const regions = new Set(ctx.regions);
  const trailBuckets = new Set<string>();
  if (ctx.planned(trailList)) {
    for (const trails of await Promise.all(ctx.regions.map((r) => ctx.dep(trailList, r)))) {
      if (trails.ok) for (const t of trails.data) if (t.s3BucketName) trailBuckets.add(t.s3BucketName);
    }
  }
  return list.filter((b) => b.regionError || regions.has(b.region) || trailBuckets.has(b.name));
}

/** Fetch one facet for each bucket a scan reads, each in its bucket's region; the client layer bounds concurrency. */
async function perBucket<T>(
  ctx: CollectContext,
  operation: string,
  fetch: (s3: S3Client, bucket: Bucket) => Promise<T>,
): Promise<PerBucket<T>> {
  const entries = await Promise.all(
    (await bucketsToRead(ctx)).map(async (b) =>
      [b.name, b.regionError ? ({ ok: false, error: b.regionError } as const) : await ctx.attempt(operation, async () => fetch(await ctx.client('s3', b.region), b))] as const,
    ),
  );
  return Object.fromEntries(entries);
}

const toBlock = (c: {
  BlockPublicAcls?: boolean;
  IgnorePublicAcls?: boolean;
  BlockPublicPolicy?: boolean;
  RestrictPublicBuckets?: boolean;
} | undefined): PublicAccessBlock => ({
  blockPublicAcls: Boolean(c?.BlockPublicAcls),
  ignorePublicAcls: Boolean(c?.IgnorePublicAcls),
  blockPublicPolicy: Boolean(c?.BlockPublicPolicy),
  restrictPublicBuckets: Boolean(c?.RestrictPublicBuckets),
});

/** The bucket policy document as returned (JSON text), or null when the bucket has none. */
export const bucketPolicies = defineFact<PerBucket<string | null>>({
  id: 's3.bucketPolicies',
  service: 's3',
  scope: 'global',
  operation: 's3:GetBucketPolicy',
  async collect(ctx) {
    const { GetBucketPolicyCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, 's3:GetBucketPolicy', (s3, b) =>
      orNull(async () => (await s3.send(new GetBucketPolicyCommand({ Bucket: b.name }))).Policy ?? null),
    );
  },
});

/** The bucket's own Block Public Access configuration, or null when it has none. */
export const bucketPublicAccessBlocks = defineFact<PerBucket<PublicAccessBlock | null>>({
  id: 's3.bucketPublicAccessBlocks',
  service: 's3',
  scope: 'global',
  operation: 's3:GetPublicAccessBlock',
  async collect(ctx) {
    const { GetPublicAccessBlockCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, 's3:GetPublicAccessBlock', (s3, b) =>
      orNull(async () => toBlock((await s3.send(new GetPublicAccessBlockCommand({ Bucket: b.name }))).PublicAccessBlockConfiguration)),
    );
  },
});

export interface BucketEncryptionRule {
  /** AES256, aws:kms, aws:kms:dsse. */
  algorithm: string;
  kmsKeyId?: string;
  bucketKeyEnabled: boolean;
}

/** Default encryption rules, or null when the bucket has no default encryption configuration. */
export const bucketEncryption = defineFact<PerBucket<BucketEncryptionRule[] | null>>({
  id: 's3.bucketEncryption',
  service: 's3',
  scope: 'global',
  operation: 's3:GetBucketEncryption',
  async collect(ctx) {
    const { GetBucketEncryptionCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, 's3:GetBucketEncryption', (s3, b) =>
      orNull(async () => {
        const res = await s3.send(new GetBucketEncryptionCommand({ Bucket: b.name }));
        return (res.ServerSideEncryptionConfiguration?.Rules ?? []).flatMap((r) =>
          r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm
            ? [
                {
                  algorithm: r.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
                  ...(r.ApplyServerSideEncryptionByDefault.KMSMasterKeyID ? { kmsKeyId: r.ApplyServerSideEncryptionByDefault.KMSMasterKeyID } : {}),
                  bucketKeyEnabled: Boolean(r.BucketKeyEnabled),
                },
              ]
            : [],
        );
      }),
    );
  },
});

export interface BucketVersioning {
  /** null when versioning was never enabled. */
  status: 'Enabled' | 'Suspended' | null;
  mfaDelete: boolean;
}

export const bucketVersioning = defineFact<PerBucket<BucketVersioning>>({
  id: 's3.bucketVersioning',
  service: 's3',
  scope: 'global',
  operation: 's3:GetBucketVersioning',
  async collect(ctx) {
    const { GetBucketVersioningCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, 's3:GetBucketVersioning', async (s3, b) => {
      const res = await s3.send(new GetBucketVersioningCommand({ Bucket: b.name }));
      return {
        status: res.Status === 'Enabled' || res.Status === 'Suspended' ? res.Status : null,
        mfaDelete: res.MFADelete === 'Enabled',
      };
    });
  },
});

export interface BucketLogging {
  enabled: boolean;
  targetBucket?: string;
  targetPrefix?: string;
}

/** Server access logging. */
export const bucketLogging = defineFact<PerBucket<BucketLogging>>({
  id: 's3.bucketLogging',
  service: 's3',
  scope: 'global',
  operation: 's3:GetBucketLogging',
  async collect(ctx) {
    const { GetBucketLoggingCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, 's3:GetBucketLogging', async (s3, b) => {
      const { LoggingEnabled: l } = await s3.send(new GetBucketLoggingCommand({ Bucket: b.name }));
      return l?.TargetBucket ? { enabled: true, targetBucket: l.TargetBucket, targetPrefix: l.TargetPrefix ?? '' } : { enabled: false };
    });
  },
});

export interface AclGrant {
  /** CanonicalUser, Group or AmazonCustomerByEmail. */
  granteeType: string;
  /** For groups, e.g. http://acs.amazonaws.com/groups/global/AllUsers. */
  uri?: string;
  /** Canonical user id. */
  id?: string;
  permission: string;
}

export interface BucketAcl {
  ownerId?: string;
  grants: AclGrant[];
}

export const bucketAcls = defineFact<PerBucket<BucketAcl>>({
  id: 's3.bucketAcls',
  service: 's3',
  scope: 'global',
  operation: 's3:GetBucketAcl',
  async collect(ctx) {
    const { GetBucketAclCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, 's3:GetBucketAcl', async (s3, b) => {
      const res = await s3.send(new GetBucketAclCommand({ Bucket: b.name }));
      return {
        ...(res.Owner?.ID ? { ownerId: res.Owner.ID } : {}),
        grants: (res.Grants ?? []).map((g) => ({
          granteeType: g.Grantee?.Type ?? 'Unknown',
          ...(g.Grantee?.URI ? { uri: g.Grantee.URI } : {}),
          ...(g.Grantee?.ID ? { id: g.Grantee.ID } : {}),
          permission: g.Permission ?? 'Unknown',
        })),
      };
    });
  },
});

/** The account-wide Block Public Access configuration (S3 Control), or null when none is set. */
export const accountPublicAccessBlock = defineFact<PublicAccessBlock | null>({
  id: 's3.accountPublicAccessBlock',
  service: 's3control',
  scope: 'global',
  operation: 's3control:GetPublicAccessBlock',
  async collect(ctx) {
    const { GetPublicAccessBlockCommand } = await import('@aws-sdk/client-s3-control');
    const s3control = await ctx.client('s3control');
    return orNull(async () =>
      toBlock((await s3control.send(new GetPublicAccessBlockCommand({ AccountId: ctx.account.accountId }))).PublicAccessBlockConfiguration),
    );
  },
});

/**
 * Object Ownership: BucketOwnerEnforced (ACLs disabled: S3 ignores every ACL grant), BucketOwnerPreferred
 * or ObjectWriter; null when the bucket has no ownership controls (which behaves as ObjectWriter).
 */
export const bucketOwnershipControls = defineFact<PerBucket<string | null>>({
  id: 's3.bucketOwnershipControls',
  service: 's3',
  scope: 'global',
  operation: 's3:GetBucketOwnershipControls',
  async collect(ctx) {
    const { GetBucketOwnershipControlsCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, 's3:GetBucketOwnershipControls', (s3, b) =>
      orNull(async () => {
        const res = await s3.send(new GetBucketOwnershipControlsCommand({ Bucket: b.name }));
        return res.OwnershipControls?.Rules?.find((r) => r.ObjectOwnership)?.ObjectOwnership ?? null;
      }),
    );
  },
});

export interface ReplicationRule {
  id?: string;
  /** Enabled or Disabled. */
  status: string;
  /** Destination bucket ARN. */
  destinationBucket?: string;
}

/** Replication rules, or null when the bucket has no replication configuration. */
export const bucketReplication = defineFact<PerBucket<ReplicationRule[] | null>>({
  id: 's3.bucketReplication',
  service: 's3',
  scope: 'global',
  operation: 's3:GetBucketReplication',
  async collect(ctx) {
    const { GetBucketReplicationCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, 's3:GetBucketReplication', (s3, b) =>
      orNull(async () => {
        const res = await s3.send(new GetBucketReplicationCommand({ Bucket: b.name }));
        return (res.ReplicationConfiguration?.Rules ?? []).map((r) => ({
          ...(r.ID ? { id: r.ID } : {}),
          status: r.Status ?? 'Disabled',
          ...(r.Destination?.Bucket ? { destinationBucket: r.Destination.Bucket } : {}),
        }));
      }),
    );
  },
});

export interface LifecycleRule {
  id?: string;
  /** Enabled or Disabled. */
  status: string;
}

/** Lifecycle rules, or null when the bucket has no lifecycle configuration. */
export const bucketLifecycle = defineFact<PerBucket<LifecycleRule[] | null>>({
  id: 's3.bucketLifecycle',
  service: 's3',
  scope: 'global',
  operation: 's3:GetBucketLifecycleConfiguration',
  async collect(ctx) {
    const { GetBucketLifecycleConfigurationCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, 's3:GetBucketLifecycleConfiguration', (s3, b) =>
      orNull(async () => {
        const res = await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: b.name }));
        return (res.Rules ?? []).map((r) => ({ ...(r.ID ? { id: r.ID } : {}), status: r.Status ?? 'Disabled' }));
      }),
    );
  },
});

export interface ObjectLock {
  enabled: boolean;
  /** Default retention, when set. */
  mode?: string;
  days?: number;
  years?: number;
}

/** Object Lock configuration, or null when Object Lock was never enabled on the bucket. */
export const bucketObjectLock = defineFact<PerBucket<ObjectLock | null>>({
  id: 's3.bucketObjectLock',
  service: 's3',
  scope: 'global',
  operation: 's3:GetObjectLockConfiguration',
  async collect(ctx) {
    const { GetObjectLockConfigurationCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, 's3:GetObjectLockConfiguration', (s3, b) =>
      orNull(async () => {
        const c = (await s3.send(new GetObjectLockConfigurationCommand({ Bucket: b.name }))).ObjectLockConfiguration;
        const r = c?.Rule?.DefaultRetention;
        return {
          enabled: c?.ObjectLockEnabled === 'Enabled',
          ...(r?.Mode ? { mode: r.Mode } : {}),
          ...(r?.Days ? { days: r.Days } : {}),
          ...(r?.Years ? { years: r.Years } : {}),
        };
      }),
    );
  },
});

export interface BucketNotifications {
  /** Number of SNS topic, SQS queue and Lambda function destinations. */
  destinations: number;
  /** Whether events are sent to EventBridge. */
  eventBridge: boolean;
}

export const bucketNotifications = defineFact<PerBucket<BucketNotifications>>({
  id: 's3.bucketNotifications',
  service: 's3',
  scope: 'global',
  operation: 's3:GetBucketNotificationConfiguration',
  async collect(ctx) {
    const { GetBucketNotificationConfigurationCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, 's3:GetBucketNotificationConfiguration', async (s3, b) => {
      const res = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: b.name }));
      return {
        destinations: (res.TopicConfigurations?.length ?? 0) + (res.QueueConfigurations?.length ?? 0) + (res.LambdaFunctionConfigurations?.length ?? 0),
        eventBridge: res.EventBridgeConfiguration !== undefined,
      };
    });
  },
});

export interface AccessPoint {
  name: string;
  arn: string;
  bucket: string;
  /** Internet or VPC. */
  networkOrigin: string;
  vpcId?: string;
  /** The access point's own Block Public Access settings (GetAccessPoint), or the error reading them. */
  publicAccessBlock: Result<PublicAccessBlock>;
}

/** The account's S3 access points in a region (S3 Control ListAccessPoints, then GetAccessPoint for each one's Block Public Access). */
export const accessPoints = defineFact<AccessPoint[]>({
  id: 's3.accessPoints',
  service: 's3control',
  scope: 'regional',
  operation: 's3control:ListAccessPoints',
  async collect(ctx) {
    const { ListAccessPointsCommand, GetAccessPointCommand } = await import('@aws-sdk/client-s3-control');
    const s3control = await ctx.client('s3control');
    const AccountId = ctx.account.accountId;
    const listed: Array<Omit<AccessPoint, 'publicAccessBlock'>> = [];
    let NextToken: string | undefined;
    do {
      const page = await s3control.send(new ListAccessPointsCommand({ AccountId, NextToken, MaxResults: 1000 }));
      for (const a of page.AccessPointList ?? []) {
        if (!a.Name) continue;
        listed.push({
          name: a.Name,
          arn: a.AccessPointArn ?? `arn:${ctx.account.partition}:s3:${ctx.region}:${AccountId}:accesspoint/${a.Name}`,
          bucket: a.Bucket ?? '',
          networkOrigin: a.NetworkOrigin ?? 'Internet',
          ...(a.VpcConfiguration?.VpcId ? { vpcId: a.VpcConfiguration.VpcId } : {}),
        });
      }
      NextToken = page.NextToken;
    } while (NextToken);
    return Promise.all(
      listed.map(async (a) => ({
        ...a,
        publicAccessBlock: await ctx.attempt('s3control:GetAccessPoint', async () =>
          toBlock((await s3control.send(new GetAccessPointCommand({ AccountId, Name: a.name }))).PublicAccessBlockConfiguration),
        ),
      })),
    );
  },
});

export interface MultiRegionAccessPoint {
  name: string;
  arn: string;
  /** Buckets behind the access point. */
  buckets: string[];
  publicAccessBlock: PublicAccessBlock;
}

/** The control plane of Multi-Region Access Points lives in us-west-2 whatever regions are scanned. */
export const MRAP_CONTROL_REGION = 'us-west-2';

/** Multi-Region Access Points of the account (one global listing, with each one's Block Public Access). */
export const multiRegionAccessPoints = defineFact<MultiRegionAccessPoint[]>({
  id: 's3.multiRegionAccessPoints',
  service: 's3control',
  scope: 'global',
  operation: 's3control:ListMultiRegionAccessPoints',
  async collect(ctx) {
    const { ListMultiRegionAccessPointsCommand } = await import('@aws-sdk/client-s3-control');
    const s3control = await ctx.client('s3control', ctx.account.partition === 'aws' ? MRAP_CONTROL_REGION : ctx.region);
    const out: MultiRegionAccessPoint[] = [];
    let NextToken: string | undefined;
    do {
      const page = await s3control.send(new ListMultiRegionAccessPointsCommand({ AccountId: ctx.account.accountId, NextToken, MaxResults: 100 }));
      for (const m of page.AccessPoints ?? []) {
        if (!m.Name) continue;
        out.push({
          name: m.Name,
          arn: `arn:${ctx.account.partition}:s3::${ctx.account.accountId}:accesspoint/${m.Alias ?? m.Name}`,
          buckets: (m.Regions ?? []).flatMap((r) => (r.Bucket ? [r.Bucket] : [])),
          publicAccessBlock: toBlock(m.PublicAccessBlock),
        });
      }
      NextToken = page.NextToken;
    } while (NextToken);
    return out;
  },
});

export interface PublicObject {
  key: string;
  /** "READ to http://acs.amazonaws.com/groups/global/AllUsers"... */
  grants: AclGrant[];
}

export interface ObjectAclSample {
  /** Set when the object ACLs were not read because S3 gives them no effect (ACLs disabled, IgnorePublicAcls on). */
  skipped?: string;
  /** Objects whose ACL was read (the first OBJECT_SAMPLE keys of the bucket). */
  sampled: number;
  /** The bucket holds more objects than were sampled. */
  truncated: boolean;
  publicObjects: PublicObject[];
  /** Objects whose ACL could not be read, with the first error. */
  unreadable: number;
  error?: CallError;
}

/** How many objects of each bucket have their ACL read (one ListObjectsV2 page, one GetObjectAcl each). */
export const OBJECT_SAMPLE = 20;

const PUBLIC_GRANTEES = new Set(['http://acs.amazonaws.com/groups/global/AllUsers', 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers']);

/**
 * Object ACL grants to AllUsers or AuthenticatedUsers on a sample of each bucket's objects. Buckets where
 * object ACLs have no effect (Object Ownership BucketOwnerEnforced, or IgnorePublicAcls on the bucket or the
 * account) are not read object by object: their entry says why.
 */
export const objectAcls = defineFact<PerBucket<ObjectAclSample>>({
  id: 's3.objectAcls',
  service: 's3',
  scope: 'global',
  operation: 's3:ListObjectsV2',
  async collect(ctx) {
    const { ListObjectsV2Command, GetObjectAclCommand } = await import('@aws-sdk/client-s3');
    const [ownership, bucketBlocks, accountBlock] = await Promise.all([ctx.dep(bucketOwnershipControls), ctx.dep(bucketPublicAccessBlocks), ctx.dep(accountPublicAccessBlock)]);
    const skipReason = (name: string): string | undefined => {
      const own = ownership.ok ? ownership.data[name] : undefined;
      if (own?.ok && own.data === 'BucketOwnerEnforced') return 'ACLs are disabled (Object Ownership is BucketOwnerEnforced)';
      const blk = bucketBlocks.ok ? bucketBlocks.data[name] : undefined;
      if (blk?.ok && blk.data?.ignorePublicAcls) return 'the bucket Block Public Access setting IgnorePublicAcls disregards public ACLs';
      if (accountBlock.ok && accountBlock.data?.ignorePublicAcls) return 'the account Block Public Access setting IgnorePublicAcls disregards public ACLs';
      return undefined;
    };
    return perBucket(ctx, 's3:ListObjectsV2', async (s3, b): Promise<ObjectAclSample> => {
      const skipped = skipReason(b.name);
      if (skipped) return { skipped, sampled: 0, truncated: false, publicObjects: [], unreadable: 0 };
      const page = await s3.send(new ListObjectsV2Command({ Bucket: b.name, MaxKeys: OBJECT_SAMPLE }));
      const keys = (page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : []));
      const acls = await Promise.all(
        keys.map(async (key) => ({ key, acl: await ctx.attempt('s3:GetObjectAcl', async () => (await s3.send(new GetObjectAclCommand({ Bucket: b.name, Key: key }))).Grants ?? []) })),
      );
      const out: ObjectAclSample = { sampled: keys.length, truncated: Boolean(page.IsTruncated), publicObjects: [], unreadable: 0 };
      for (const { key, acl } of acls) {
        if (!acl.ok) {
          out.unreadable++;
          out.error ??= acl.error;
          continue;
        }
        const grants = acl.data
          .filter((g) => g.Grantee?.URI && PUBLIC_GRANTEES.has(g.Grantee.URI))
          .map((g) => ({ granteeType: g.Grantee?.Type ?? 'Group', uri: g.Grantee?.URI as string, permission: g.Permission ?? 'Unknown' }));
        if (grants.length) out.publicObjects.push({ key, grants });
      }
      return out;
    });
  },
});

/** Where an AWS service puts a bucket it names predictably. */
export interface ShadowCandidate {
  /** The AWS service whose bucket name this is. */
  service: string;
  name: string;
  region: string;
  /** owned: in this account's list; absent: nobody holds the name; foreign: another account holds it. */
  state: 'owned' | 'absent' | 'foreign';
}

/**
 * The bucket names AWS services derive from the account id and region (and, for CloudFormation templates,
 * from the account's own per-account hash), for each scanned region.
 */
export function shadowCandidates(accountId: string, regions: readonly string[], ownNames: readonly string[]): Array<Omit<ShadowCandidate, 'state'>> {
  const hashes = [...new Set(ownNames.flatMap((n) => /^cf-templates-([a-z0-9]+)-[a-z]{2}(?:-[a-z]+)+-\d$/.exec(n)?.[1] ?? []))];
  return regions.flatMap((region) => [
    ...hashes.map((h) => ({ service: 'CloudFormation', name: `cf-templates-${h}-${region}`, region })),
    { service: 'Glue', name: `aws-glue-assets-${accountId}-${region}`, region },
    { service: 'EMR', name: `aws-emr-studio-${accountId}-${region}`, region },
    { service: 'SageMaker', name: `sagemaker-${region}-${accountId}`, region },
    { service: 'Athena', name: `aws-athena-query-results-${accountId}-${region}`, region },
    { service: 'Elastic Beanstalk', name: `elasticbeanstalk-${region}-${accountId}`, region },
    { service: 'CodeStar', name: `aws-codestar-${region}-${accountId}`, region },
  ]);
}

/** S3 answers "no such bucket" to HeadBucket with 404 and these codes. */
const NO_SUCH_BUCKET = new Set(['NotFound', 'NoSuchBucket']);

/**
 * The predictable service bucket names of the scanned regions: those not in the account's own list get a
 * HeadBucket, which tells a free name (404) from one another account holds (403, 200 or a redirect).
 */
export const shadowBuckets = defineFact<Array<ShadowCandidate | (Omit<ShadowCandidate, 'state'> & { error: CallError })>>({
  id: 's3.shadowBuckets',
  service: 's3',
  scope: 'global',
  operation: 's3:HeadBucket',
  async collect(ctx) {
    const { HeadBucketCommand } = await import('@aws-sdk/client-s3');
    const own = await ctx.need(buckets);
    const ownNames = new Set(own.map((b) => b.name));
    return Promise.all(
      shadowCandidates(ctx.account.accountId, ctx.regions, [...ownNames]).map(async (c) => {
        if (ownNames.has(c.name)) return { ...c, state: 'owned' as const };
        const s3 = await ctx.client('s3', c.region);
        try {
          await s3.send(new HeadBucketCommand({ Bucket: c.name }));
          return { ...c, state: 'foreign' as const };
        } catch (err) {
          const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
          if (status === 404 || NO_SUCH_BUCKET.has(awsErrorCode(err))) return { ...c, state: 'absent' as const };
          // 403: the bucket exists and belongs to someone who does not let this account in; 301: it exists in another region.
          if (status === 403 || status === 301) return { ...c, state: 'foreign' as const };
          return { ...c, error: ctx.toError('s3:HeadBucket', err) };
        }
      }),
    );
  },
});

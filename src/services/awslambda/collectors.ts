/**
 * Lambda collectors: the functions of a region (ListFunctions, one bulk call per page, environment
 * variables scanned for secrets on the way so the inventory keeps only the findings, never the values),
 * and per-function facts fetched only when a selected check needs them: resource policies, function URL
 * configurations, the zones of the functions' subnets, and the secrets in code and layer archives
 * (downloaded from the presigned URL GetFunction / GetLayerVersionByArn return, streamed with a size
 * cap, unzipped and scanned in memory).
 */
import { defineFact, type CollectContext } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';
import type { Result } from '../../core/types.js';
import { scanKeyValues, scanZip, type ArchiveScan, type SecretHit } from '../../lib/secrets/index.js';

export interface LambdaFunction {
  name: string;
  arn: string;
  runtime?: string;
  /** Zip or Image. */
  packageType?: string;
  vpcId?: string;
  subnetIds?: string[];
  securityGroupIds?: string[];
  /** Customer managed key that encrypts the environment variables (absent: AWS managed key). */
  kmsKeyArn?: string;
  deadLetterTargetArn?: string;
  /** Layer version ARNs. */
  layers?: string[];
  /** Names of the environment variables (values are never kept). */
  envVarNames?: string[];
  /** Secrets found in the environment variables: kind and variable name only. */
  envSecrets?: SecretHit[];
  lastModified?: string;
}

export const functions = defineFact<LambdaFunction[]>({
  id: 'lambda.functions',
  service: 'lambda',
  scope: 'regional',
  operation: 'lambda:ListFunctions',
  async collect(ctx) {
    const { paginateListFunctions } = await import('@aws-sdk/client-lambda');
    const lambda = await ctx.client('lambda');
    const out: LambdaFunction[] = [];
    for await (const page of paginateListFunctions({ client: lambda, pageSize: Math.min(ctx.pageSize, 50) }, {})) {
      for (const f of page.Functions ?? []) {
        if (!f.FunctionName || !f.FunctionArn) continue;
        const env = f.Environment?.Variables ?? {};
        out.push({
          name: f.FunctionName,
          arn: f.FunctionArn,
          runtime: f.Runtime,
          packageType: f.PackageType,
          vpcId: f.VpcConfig?.VpcId || undefined,
          subnetIds: f.VpcConfig?.SubnetIds ?? [],
          securityGroupIds: f.VpcConfig?.SecurityGroupIds ?? [],
          kmsKeyArn: f.KMSKeyArn || undefined,
          deadLetterTargetArn: f.DeadLetterConfig?.TargetArn || undefined,
          layers: (f.Layers ?? []).flatMap((l) => (l.Arn ? [l.Arn] : [])),
          envVarNames: Object.keys(env),
          envSecrets: await scanKeyValues(env),
          lastModified: f.LastModified,
        });
      }
    }
    return out;
  },
});

/** Resource policy (JSON text) per function ARN; null when the function has none. */
export const functionPolicies = defineFact<Record<string, Result<string | null>>>({
  id: 'lambda.functionPolicies',
  service: 'lambda',
  scope: 'regional',
  operation: 'lambda:GetPolicy',
  async collect(ctx) {
    const list = await ctx.need(functions);
    const { GetPolicyCommand } = await import('@aws-sdk/client-lambda');
    const lambda = await ctx.client('lambda');
    const entries = await Promise.all(
      list.map(async (f) => {
        const policy = await ctx.attempt('lambda:GetPolicy', async () => {
          try {
            return (await lambda.send(new GetPolicyCommand({ FunctionName: f.arn }))).Policy ?? null;
          } catch (err) {
            // A function without a resource policy answers ResourceNotFoundException.
            if (awsErrorCode(err) === 'ResourceNotFoundException') return null;
            throw err;
          }
        });
        return [f.arn, policy] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

export interface FunctionUrl {
  url?: string;
  /** NONE (anyone may call, subject to the resource policy) or AWS_IAM. */
  authType: string;
  allowOrigins: string[];
  allowCredentials: boolean;
}

/** Function URL configuration per function ARN; null when the function has no URL. */
export const functionUrls = defineFact<Record<string, Result<FunctionUrl | null>>>({
  id: 'lambda.functionUrls',
  service: 'lambda',
  scope: 'regional',
  operation: 'lambda:GetFunctionUrlConfig',
  async collect(ctx) {
    const list = await ctx.need(functions);
    const { GetFunctionUrlConfigCommand } = await import('@aws-sdk/client-lambda');
    const lambda = await ctx.client('lambda');
    const entries = await Promise.all(
      list.map(async (f) => {
        const url = await ctx.attempt('lambda:GetFunctionUrlConfig', async () => {
          try {
            const r = await lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: f.arn }));
            return {
              url: r.FunctionUrl,
              authType: r.AuthType ?? 'AWS_IAM',
              allowOrigins: r.Cors?.AllowOrigins ?? [],
              allowCredentials: r.Cors?.AllowCredentials ?? false,
            };
          } catch (err) {
            if (awsErrorCode(err) === 'ResourceNotFoundException') return null;
            throw err;
          }
        });
        return [f.arn, url] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

/** Availability zone of every subnet a function is attached to (ec2:DescribeSubnets). */
export const subnetZones = defineFact<Record<string, string>>({
  id: 'lambda.subnetZones',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeSubnets',
  async collect(ctx) {
    const list = await ctx.need(functions);
    const ids = [...new Set(list.flatMap((f) => f.subnetIds ?? []))];
    if (!ids.length) return {};
    const { DescribeSubnetsCommand } = await import('@aws-sdk/client-ec2');
    const ec2 = await ctx.client('ec2');
    const out: Record<string, string> = {};
    for (let i = 0; i < ids.length; i += 100) {
      const r = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'subnet-id', Values: ids.slice(i, i + 100) }] }));
      for (const s of r.Subnets ?? []) if (s.SubnetId && s.AvailabilityZone) out[s.SubnetId] = s.AvailabilityZone;
    }
    return out;
  },
});

// ---------------------------------------------------------------------------------------------------
// Code and layer archives

/**
 * Largest deployment package or layer downloaded (zipped), by default. Lambda's own limit for a zip uploaded
 * through S3 is 250 MB unzipped. The secret checks' lambda_max_archive_mb parameter changes it (a prowl key:
 * Prowler has none), read by the collectors through ctx.setting.
 */
export const MAX_ARCHIVE_BYTES = 100 * 1024 * 1024;

/** The download cap in force: lambda_max_archive_mb when a selected check sets it (a positive number), else MAX_ARCHIVE_BYTES. */
export function archiveCap(ctx: CollectContext): number {
  const mb = ctx.setting('lambda_max_archive_mb');
  return typeof mb === 'number' && mb > 0 ? Math.floor(mb * 1024 * 1024) : MAX_ARCHIVE_BYTES;
}
/** Archives downloaded at once per region, so memory stays bounded. */
const DOWNLOADS_AT_ONCE = 3;

export type ArchiveResult = (ArchiveScan & { scanned: true }) | { scanned: false; reason: string };

/** A download failure as an error whose message never contains the (presigned, credential-bearing) URL. */
class DownloadError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = code;
  }
}

/** GET the archive, streaming, refusing more than `max` bytes. */
export async function downloadArchive(url: string, max = MAX_ARCHIVE_BYTES): Promise<Uint8Array | { tooLarge: number }> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  } catch (err) {
    throw new DownloadError(`the code archive could not be downloaded (${(err as Error).name})`, 'DownloadFailed');
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new DownloadError(`the code archive download answered HTTP ${res.status}`, res.status === 403 ? 'AccessDenied' : 'DownloadFailed');
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > max) {
    await res.body?.cancel();
    return { tooLarge: declared };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return { tooLarge: total };
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function scanArchiveAt(url: string | undefined, max: number): Promise<ArchiveResult> {
  if (!url) return { scanned: false, reason: 'AWS returned no download location for the archive' };
  const bytes = await downloadArchive(url, max);
  if ('tooLarge' in bytes) return { scanned: false, reason: `the archive is larger than the ${+(max / 1024 / 1024).toFixed(3)} MiB download limit (lambda_max_archive_mb)` };
  return { scanned: true, ...(await scanZip(bytes)) };
}

/** Run `fn` over `items`, at most `n` at a time. */
async function limited<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

/** Secrets in each function's deployment package (zip functions; image functions are not downloaded). */
export const codeSecrets = defineFact<Record<string, Result<ArchiveResult>>>({
  id: 'lambda.codeSecrets',
  service: 'lambda',
  scope: 'regional',
  operation: 'lambda:GetFunction',
  async collect(ctx: CollectContext) {
    const list = await ctx.need(functions);
    const { GetFunctionCommand } = await import('@aws-sdk/client-lambda');
    const lambda = await ctx.client('lambda');
    const entries = await limited(list, DOWNLOADS_AT_ONCE, async (f) => {
      if (f.packageType === 'Image') return [f.arn, { ok: true, data: { scanned: false, reason: 'the function is a container image' } }] as const;
      const location = await ctx.attempt('lambda:GetFunction', async () => (await lambda.send(new GetFunctionCommand({ FunctionName: f.arn }))).Code?.Location);
      if (!location.ok) return [f.arn, location] as const;
      return [f.arn, await ctx.attempt('lambda:GetFunction code download', () => scanArchiveAt(location.data, archiveCap(ctx)))] as const;
    });
    return Object.fromEntries(entries);
  },
});

/** Secrets in each layer version the region's functions use (keyed by layer version ARN). */
export const layerSecrets = defineFact<Record<string, Result<ArchiveResult>>>({
  id: 'lambda.layerSecrets',
  service: 'lambda',
  scope: 'regional',
  operation: 'lambda:GetLayerVersionByArn',
  async collect(ctx: CollectContext) {
    const list = await ctx.need(functions);
    const arns = [...new Set(list.flatMap((f) => f.layers ?? []))];
    const { GetLayerVersionByArnCommand } = await import('@aws-sdk/client-lambda');
    const lambda = await ctx.client('lambda');
    const entries = await limited(arns, DOWNLOADS_AT_ONCE, async (arn) => {
      const location = await ctx.attempt('lambda:GetLayerVersionByArn', async () => (await lambda.send(new GetLayerVersionByArnCommand({ Arn: arn }))).Content?.Location);
      if (!location.ok) return [arn, location] as const;
      return [arn, await ctx.attempt('lambda:GetLayerVersionByArn content download', () => scanArchiveAt(location.data, archiveCap(ctx)))] as const;
    });
    return Object.fromEntries(entries);
  },
});

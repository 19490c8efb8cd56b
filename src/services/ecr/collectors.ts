/**
 * ECR collectors: the private repositories of a region, and per repository its resource policy and
 * lifecycle policy (each fetched only when a selected check needs it), the registry's scanning
 * configuration, and per repository its latest container image with that image's scan result and the
 * secrets in its configuration (environment, labels, build history).
 */
import { defineFact, type CollectContext } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';
import type { Result } from '../../core/types.js';
import type { SecretHit } from '../../lib/secrets/index.js';

export interface Repository {
  name: string;
  arn: string;
  scanOnPush: boolean;
  /** MUTABLE, IMMUTABLE, or the *_WITH_EXCLUSION variants. */
  tagMutability?: string;
}

export const repositories = defineFact<Repository[]>({
  id: 'ecr.repositories',
  service: 'ecr',
  scope: 'regional',
  operation: 'ecr:DescribeRepositories',
  async collect(ctx) {
    const { paginateDescribeRepositories } = await import('@aws-sdk/client-ecr');
    const ecr = await ctx.client('ecr');
    const out: Repository[] = [];
    for await (const page of paginateDescribeRepositories({ client: ecr, pageSize: Math.min(ctx.pageSize, 1000) }, {})) {
      for (const r of page.repositories ?? []) {
        if (!r.repositoryName || !r.repositoryArn) continue;
        out.push({ name: r.repositoryName, arn: r.repositoryArn, scanOnPush: r.imageScanningConfiguration?.scanOnPush ?? false, tagMutability: r.imageTagMutability });
      }
    }
    return out;
  },
});

/** One optional document per repository: null when AWS answers that there is none (`absent`). */
async function perRepository(
  ctx: CollectContext,
  operation: string,
  absent: string,
  fetch: (name: string) => Promise<string | undefined>,
): Promise<Record<string, Result<string | null>>> {
  const list = await ctx.need(repositories);
  const entries = await Promise.all(
    list.map(async (r) => {
      const doc = await ctx.attempt(operation, async () => {
        try {
          return (await fetch(r.name)) ?? null;
        } catch (err) {
          if (awsErrorCode(err) === absent) return null;
          throw err;
        }
      });
      return [r.arn, doc] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export const repositoryPolicies = defineFact<Record<string, Result<string | null>>>({
  id: 'ecr.repositoryPolicies',
  service: 'ecr',
  scope: 'regional',
  operation: 'ecr:GetRepositoryPolicy',
  async collect(ctx) {
    const { GetRepositoryPolicyCommand } = await import('@aws-sdk/client-ecr');
    const ecr = await ctx.client('ecr');
    return perRepository(ctx, 'ecr:GetRepositoryPolicy', 'RepositoryPolicyNotFoundException', async (name) => (await ecr.send(new GetRepositoryPolicyCommand({ repositoryName: name }))).policyText);
  },
});

export const lifecyclePolicies = defineFact<Record<string, Result<string | null>>>({
  id: 'ecr.lifecyclePolicies',
  service: 'ecr',
  scope: 'regional',
  operation: 'ecr:GetLifecyclePolicy',
  async collect(ctx) {
    const { GetLifecyclePolicyCommand } = await import('@aws-sdk/client-ecr');
    const ecr = await ctx.client('ecr');
    return perRepository(ctx, 'ecr:GetLifecyclePolicy', 'LifecyclePolicyNotFoundException', async (name) => (await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: name }))).lifecyclePolicyText);
  },
});

export interface RegistryScanning {
  /** BASIC or ENHANCED. */
  scanType?: string;
  rules: Array<{ frequency?: string; filters: string[] }>;
}

export const registryScanning = defineFact<RegistryScanning>({
  id: 'ecr.registryScanning',
  service: 'ecr',
  scope: 'regional',
  operation: 'ecr:GetRegistryScanningConfiguration',
  async collect(ctx) {
    const { GetRegistryScanningConfigurationCommand } = await import('@aws-sdk/client-ecr');
    const ecr = await ctx.client('ecr');
    const c = (await ecr.send(new GetRegistryScanningConfigurationCommand({}))).scanningConfiguration ?? {};
    return {
      scanType: c.scanType,
      rules: (c.rules ?? []).map((r) => ({ frequency: r.scanFrequency, filters: (r.repositoryFilters ?? []).flatMap((f) => (f.filter ? [f.filter] : [])) })),
    };
  },
});

// ---------------------------------------------------------------------------------------------------
// Images

/** Manifest media types of a runnable container image (not an index, signature or other OCI artifact). */
const IMAGE_MANIFESTS = new Set(['application/vnd.docker.distribution.manifest.v2+json', 'application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v1+prettyjws']);
/** Config media types of a container image (an OCI artifact such as a signature or SBOM has its own). */
const IMAGE_CONFIGS = new Set(['application/vnd.docker.container.image.v1+json', 'application/vnd.oci.image.config.v1+json']);

export interface LatestImage {
  digest: string;
  tags: string[];
  pushedAt?: string;
  manifestMediaType?: string;
}

/** Whether DescribeImages describes a container image (artifacts pushed beside images, such as signatures, are not scanned). */
export function isContainerImage(i: { imageManifestMediaType?: string; artifactMediaType?: string }): boolean {
  if (i.artifactMediaType) return IMAGE_CONFIGS.has(i.artifactMediaType);
  return !i.imageManifestMediaType || IMAGE_MANIFESTS.has(i.imageManifestMediaType);
}

/** Per repository (by ARN), its most recently pushed container image; null when it holds none. */
export const latestImages = defineFact<Record<string, Result<LatestImage | null>>>({
  id: 'ecr.latestImages',
  service: 'ecr',
  scope: 'regional',
  operation: 'ecr:DescribeImages',
  async collect(ctx) {
    const list = await ctx.need(repositories);
    const { paginateDescribeImages } = await import('@aws-sdk/client-ecr');
    const ecr = await ctx.client('ecr');
    const entries = await Promise.all(
      list.map(async (r) => {
        const latest = await ctx.attempt('ecr:DescribeImages', async (): Promise<LatestImage | null> => {
          let best: LatestImage | null = null;
          for await (const page of paginateDescribeImages({ client: ecr, pageSize: 1000 }, { repositoryName: r.name })) {
            for (const i of page.imageDetails ?? []) {
              if (!i.imageDigest || !isContainerImage(i)) continue;
              const pushedAt = i.imagePushedAt?.toISOString();
              if (best && (best.pushedAt ?? '') >= (pushedAt ?? '')) continue;
              best = { digest: i.imageDigest, tags: i.imageTags ?? [], ...(pushedAt ? { pushedAt } : {}), ...(i.imageManifestMediaType ? { manifestMediaType: i.imageManifestMediaType } : {}) };
            }
          }
          return best;
        });
        return [r.arn, latest] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

export interface ImageScan {
  /** COMPLETE, ACTIVE (continuous enhanced scanning), PENDING, IN_PROGRESS, FAILED, UNSUPPORTED_IMAGE, FINDINGS_UNAVAILABLE, SCAN_ELIGIBILITY_EXPIRED... */
  status?: string;
  description?: string;
  completedAt?: string;
  /** Findings per severity: CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNDEFINED, UNTRIAGED. */
  severityCounts: Record<string, number>;
}

/**
 * `fn` for the latest image of every repository that has one (its error kept per repository); null for a
 * repository without images. Errors of the image listing carry over to the repository.
 */
async function perLatestImage<T>(ctx: CollectContext, fn: (repo: Repository, image: LatestImage) => Promise<Result<T>>): Promise<Record<string, Result<T | null>>> {
  const images = await ctx.need(latestImages);
  const list = await ctx.need(repositories);
  const entries = await Promise.all(
    list.map(async (r): Promise<readonly [string, Result<T | null>]> => {
      const image = images[r.arn];
      if (image && !image.ok) return [r.arn, image];
      if (!image?.data) return [r.arn, { ok: true, data: null }];
      return [r.arn, await fn(r, image.data)];
    }),
  );
  return Object.fromEntries(entries);
}

/** The scan of each repository's latest image (keyed by repository ARN): `scan` null when the image was never scanned; null when there is no image. */
export const latestImageScans = defineFact<Record<string, Result<{ digest: string; scan: ImageScan | null } | null>>>({
  id: 'ecr.latestImageScans',
  service: 'ecr',
  scope: 'regional',
  operation: 'ecr:DescribeImageScanFindings',
  async collect(ctx) {
    const { DescribeImageScanFindingsCommand } = await import('@aws-sdk/client-ecr');
    const ecr = await ctx.client('ecr');
    return perLatestImage(ctx, ({ name }, { digest }) =>
      ctx.attempt('ecr:DescribeImageScanFindings', async () => {
        try {
          const res = await ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: name, imageId: { imageDigest: digest }, maxResults: 1 }));
          const f = res.imageScanFindings;
          const counts = Object.fromEntries(Object.entries(f?.findingSeverityCounts ?? {}).filter(([, n]) => typeof n === 'number' && n > 0)) as Record<string, number>;
          const out: ImageScan = { severityCounts: counts };
          if (res.imageScanStatus?.status) out.status = res.imageScanStatus.status;
          if (res.imageScanStatus?.description) out.description = res.imageScanStatus.description;
          if (f?.imageScanCompletedAt) out.completedAt = f.imageScanCompletedAt.toISOString();
          return { digest, scan: out };
        } catch (err) {
          // The image was never scanned (scan on push off, and no manual or registry-level scan).
          if (awsErrorCode(err) === 'ScanNotFoundException') return { digest, scan: null };
          throw err;
        }
      }),
    );
  },
});

// ---------------------------------------------------------------------------------------------------
// Secrets in the latest image's configuration

/** Largest image configuration downloaded (configurations are a few KiB; history of huge images stays far below this). */
export const MAX_IMAGE_CONFIG_BYTES = 4 * 1024 * 1024;

export type ImageSecretScan = { scanned: true; digest: string; hits: SecretHit[] } | { scanned: false; digest: string; reason: string };

const MANIFEST_TYPES = [...IMAGE_MANIFESTS, 'application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];

interface ImageConfigDoc {
  config?: { Env?: string[]; Labels?: Record<string, string>; Cmd?: string[]; Entrypoint?: string[] };
  history?: Array<{ created_by?: string }>;
}

/** Secrets in an image configuration: environment, labels, entrypoint and command, and the build commands of its history. */
export async function scanImageConfig(doc: ImageConfigDoc): Promise<SecretHit[]> {
  const { scanKeyValues, scanText } = await import('../../lib/secrets/index.js');
  const c = doc.config ?? {};
  const env = Object.fromEntries((c.Env ?? []).map((e) => [e.slice(0, Math.max(0, e.indexOf('=')) || e.length), e.includes('=') ? e.slice(e.indexOf('=') + 1) : '']));
  const tag = (hits: SecretHit[], where: string) => hits.map((h) => ({ ...h, location: `${where} ${h.location}` }));
  const steps = (doc.history ?? []).map((h) => (h.created_by ?? '').replace(/\s+/g, ' '));
  return [
    ...tag(await scanKeyValues(env), 'environment'),
    ...tag(await scanKeyValues(c.Labels ?? {}), 'label'),
    ...(await scanText([...(c.Entrypoint ?? []), ...(c.Cmd ?? [])].join(' '), { fileName: 'entrypoint and command' })),
    ...(await scanText(steps.join('\n'))).map((h) => ({ ...h, location: `build history step ${h.line}${h.key ? ` (${h.key})` : ''}` })),
  ];
}

/**
 * Per repository (by ARN), the secrets in its latest image's configuration (BatchGetImage for the manifest,
 * GetDownloadUrlForLayer for the configuration blob, downloaded size-capped and scanned in memory). Layers
 * (the file system) are not downloaded. Only hits are kept, never values. Null when the repository has no image.
 */
export const latestImageSecrets = defineFact<Record<string, Result<ImageSecretScan | null>>>({
  id: 'ecr.latestImageSecrets',
  service: 'ecr',
  scope: 'regional',
  operation: 'ecr:BatchGetImage',
  async collect(ctx) {
    const { BatchGetImageCommand, GetDownloadUrlForLayerCommand } = await import('@aws-sdk/client-ecr');
    const { downloadArchive } = await import('../awslambda/collectors.js');
    const ecr = await ctx.client('ecr');
    const manifestOf = async (repositoryName: string, digest: string): Promise<{ config?: { digest?: string }; manifests?: Array<{ digest?: string; platform?: { os?: string } }> }> => {
      const res = await ecr.send(new BatchGetImageCommand({ repositoryName, imageIds: [{ imageDigest: digest }], acceptedMediaTypes: MANIFEST_TYPES }));
      const text = res.images?.[0]?.imageManifest;
      if (!text) throw Object.assign(new Error(`no manifest returned for ${digest}`), { name: res.failures?.[0]?.failureCode ?? 'ImageNotFound' });
      return JSON.parse(text);
    };
    return perLatestImage(ctx, async (r, { digest }): Promise<Result<ImageSecretScan>> => {
      const manifest = await ctx.attempt('ecr:BatchGetImage', async () => {
        let m = await manifestOf(r.name, digest);
        // A multi-platform index: the configuration of its first image (the platforms are built from one Dockerfile).
        const child = m.manifests?.find((x) => x.platform?.os !== 'unknown' && x.digest)?.digest;
        if (!m.config && child) m = await manifestOf(r.name, child);
        return m.config?.digest;
      });
      if (!manifest.ok) return manifest;
      if (!manifest.data) return { ok: true, data: { scanned: false, digest, reason: 'the image manifest names no configuration' } };
      const layerDigest = manifest.data;
      const url = await ctx.attempt('ecr:GetDownloadUrlForLayer', async () => (await ecr.send(new GetDownloadUrlForLayerCommand({ repositoryName: r.name, layerDigest }))).downloadUrl);
      if (!url.ok) return url;
      return ctx.attempt('ecr:GetDownloadUrlForLayer configuration download', async (): Promise<ImageSecretScan> => {
        if (!url.data) return { scanned: false, digest, reason: 'AWS returned no download location for the image configuration' };
        const bytes = await downloadArchive(url.data, MAX_IMAGE_CONFIG_BYTES);
        if ('tooLarge' in bytes) return { scanned: false, digest, reason: `the image configuration is larger than ${MAX_IMAGE_CONFIG_BYTES / 1024 / 1024} MiB` };
        let doc: ImageConfigDoc;
        try {
          doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
        } catch {
          return { scanned: false, digest, reason: 'the image configuration is not JSON' };
        }
        return { scanned: true, digest, hits: await scanImageConfig(doc) };
      });
    });
  },
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetDownloadUrlForLayerCommand,
  PutImageCommand,
  PutLifecyclePolicyCommand,
  SetRepositoryPolicyCommand,
  StartImageScanCommand,
} from '@aws-sdk/client-ecr';
import { createServer, type Server } from 'node:http';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { isContainerImage, latestImageScans, latestImageSecrets, latestImages, lifecyclePolicies, registryScanning, repositories, repositoryPolicies } from './collectors.js';

let moto: Moto;
beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => moto?.stop());

describe('ecr collectors against moto', () => {

  it('collects repositories, their policies (null when none) and the registry scanning configuration', async () => {
    const ecr = new ECRClient(moto.config());
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: 'IMMUTABLE' }));
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'plain' }));
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'pull', Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }] });
    await ecr.send(new SetRepositoryPolicyCommand({ repositoryName: 'app', policyText: policy }));
    await ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'app', lifecyclePolicyText: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }, action: { type: 'expire' } }] }) }));

    const inv = await collectFromMoto(moto, [repositories, repositoryPolicies, lifecyclePolicies, registryScanning]);
    const repos = inv.get(repositories);
    expect(repos.ok && [...repos.data].sort((a, b) => a.name.localeCompare(b.name))).toMatchObject([
      { name: 'app', scanOnPush: true, tagMutability: 'IMMUTABLE' },
      { name: 'plain', scanOnPush: false, tagMutability: 'MUTABLE' },
    ]);
    const arn = (n: string) => `arn:aws:ecr:us-east-1:123456789012:repository/${n}`;
    const policies = inv.get(repositoryPolicies);
    expect(policies.ok && JSON.parse((policies.data[arn('app')] as { data: string }).data).Statement[0].Sid).toBe('pull');
    expect(policies.ok && policies.data[arn('plain')]).toEqual({ ok: true, data: null });
    const lifecycle = inv.get(lifecyclePolicies);
    expect(lifecycle.ok && lifecycle.data[arn('app')].ok && typeof (lifecycle.data[arn('app')] as { data: string }).data).toBe('string');
    expect(lifecycle.ok && lifecycle.data[arn('plain')]).toEqual({ ok: true, data: null });
    expect(inv.get(registryScanning)).toMatchObject({ ok: true, data: { rules: [] } });
  });
});

const manifest = (configDigest: string, layer = 'a') =>
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 100, digest: configDigest },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 10, digest: `sha256:${layer.repeat(64).slice(0, 64)}` }],
  });

describe('ecr latest images and their scans against moto', () => {

  it('finds the latest image of each repository and reads its scan: findings, never scanned, or no image', async () => {
    const ecr = new ECRClient(moto.config());
    for (const name of ['clean', 'high', 'never', 'empty']) await ecr.send(new CreateRepositoryCommand({ repositoryName: name }));
    for (const name of ['clean', 'high', 'never']) await ecr.send(new PutImageCommand({ repositoryName: name, imageTag: 'v1', imageManifest: manifest(`sha256:${'c'.repeat(64)}`, name[0]) }));
    for (const name of ['clean', 'high']) await ecr.send(new StartImageScanCommand({ repositoryName: name, imageId: { imageTag: 'v1' } }));
    // moto answers one fake HIGH finding unless a result is registered through its API.
    const custom = { repositoryName: 'clean', imageId: {}, imageScanStatus: { status: 'COMPLETE', description: 'done' }, imageScanFindings: { findings: [], findingSeverityCounts: { LOW: 2 } } };
    await fetch(`${moto.endpoint}/moto-api/static/ecr/scan-finding-results`, { method: 'POST', body: JSON.stringify({ results: [custom], region: 'us-east-1' }) });

    const inv = await collectFromMoto(moto, [repositories, latestImages, latestImageScans]);
    const arn = (n: string) => `arn:aws:ecr:us-east-1:123456789012:repository/${n}`;
    const images = inv.get(latestImages);
    expect(images.ok && images.data[arn('clean')]).toMatchObject({ ok: true, data: { digest: expect.stringMatching(/^sha256:/), tags: ['v1'] } });
    expect(images.ok && images.data[arn('empty')]).toEqual({ ok: true, data: null });
    const scans = inv.get(latestImageScans);
    expect(scans.ok && scans.data[arn('clean')]).toMatchObject({ ok: true, data: { scan: { status: 'COMPLETE', severityCounts: { LOW: 2 } } } });
    expect(scans.ok && scans.data[arn('high')]).toMatchObject({ ok: true, data: { scan: { status: 'COMPLETE', severityCounts: { HIGH: 1 } } } });
    expect(scans.ok && scans.data[arn('never')]).toMatchObject({ ok: true, data: { scan: null } });
    expect(scans.ok && scans.data[arn('empty')]).toEqual({ ok: true, data: null });
  });

  it('leaves signatures and other artifacts out of "latest"', () => {
    expect(isContainerImage({ imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json', artifactMediaType: 'application/vnd.dev.cosign.artifact.sig.v1+json' })).toBe(false);
    expect(isContainerImage({ imageManifestMediaType: 'application/vnd.oci.image.index.v1+json' })).toBe(false);
    expect(isContainerImage({ imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json', artifactMediaType: 'application/vnd.docker.container.image.v1+json' })).toBe(true);
  });
});

// Fake secrets built from parts, so no complete credential sits in the repository.
const FAKE_AWS_SECRET = 'Zq3vR8tY1u' + 'I0oP9aS7dF' + '6gH5jK4lZ2' + 'xC1vB0nM9q';
const FAKE_PASSWORD = 'Tr0ub' + '4dor&3xyz';

describe('ecr image configuration secrets (aws-sdk-client-mock: moto lacks GetDownloadUrlForLayer; a local HTTP stub serves the blob)', () => {
  let server: Server;
  let base: string;
  const served: Record<string, string> = {};
  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = served[req.url ?? ''];
      if (body === undefined) res.writeHead(403).end('denied');
      else res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it('scans environment, labels and build history of the latest image, keeps hits without values, and follows a multi-platform index', async () => {
    const cfg = (d: string) => `sha256:${d.repeat(64)}`;
    served['/blob/leaky?X-Amz-Signature=sig'] = JSON.stringify({
      config: { Env: ['PATH=/usr/bin', `AWS_SECRET_ACCESS_KEY=${FAKE_AWS_SECRET}`], Labels: { maintainer: 'team@example.com' }, Cmd: ['node', 'server.js'] },
      history: [{ created_by: '/bin/sh -c #(nop) ADD file:abc in /' }, { created_by: `/bin/sh -c echo "db_password=${FAKE_PASSWORD}" > /etc/app.conf` }],
    });
    served['/blob/clean'] = JSON.stringify({ config: { Env: ['PATH=/usr/bin', 'NODE_ENV=production'] }, history: [{ created_by: 'RUN npm ci' }] });
    const arn = (n: string) => `arn:aws:ecr:us-east-1:123456789012:repository/${n}`;
    const mock = mockClient(ECRClient);
    try {
      mock.on(DescribeRepositoriesCommand).resolves({ repositories: ['leaky', 'clean', 'multi', 'gone'].map((n) => ({ repositoryName: n, repositoryArn: arn(n) })) });
      const older = new Date('2026-01-01T00:00:00Z');
      const newer = new Date('2026-02-01T00:00:00Z');
      mock.on(DescribeImagesCommand, { repositoryName: 'leaky' }).resolves({
        imageDetails: [
          { imageDigest: 'sha256:old', imagePushedAt: older, imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json' },
          { imageDigest: 'sha256:new', imagePushedAt: newer, imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json' },
          // A signature pushed later is not the latest image.
          { imageDigest: 'sha256:sig', imagePushedAt: new Date('2026-03-01T00:00:00Z'), imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json', artifactMediaType: 'application/vnd.dev.cosign.artifact.sig.v1+json' },
        ],
      });
      mock.on(DescribeImagesCommand, { repositoryName: 'clean' }).resolves({ imageDetails: [{ imageDigest: 'sha256:clean', imagePushedAt: older }] });
      mock.on(DescribeImagesCommand, { repositoryName: 'multi' }).resolves({ imageDetails: [{ imageDigest: 'sha256:index', imagePushedAt: older }] });
      mock.on(DescribeImagesCommand, { repositoryName: 'gone' }).resolves({ imageDetails: [{ imageDigest: 'sha256:gone', imagePushedAt: older }] });
      mock.on(BatchGetImageCommand, { repositoryName: 'leaky' }).resolves({ images: [{ imageManifest: manifest(cfg('1')) }] });
      mock.on(BatchGetImageCommand, { repositoryName: 'clean' }).resolves({ images: [{ imageManifest: manifest(cfg('2')) }] });
      mock.on(BatchGetImageCommand, { repositoryName: 'multi', imageIds: [{ imageDigest: 'sha256:index' }] }).resolves({
        images: [{ imageManifest: JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [{ digest: 'sha256:amd64', platform: { os: 'linux', architecture: 'amd64' } }] }) }],
      });
      mock.on(BatchGetImageCommand, { repositoryName: 'multi', imageIds: [{ imageDigest: 'sha256:amd64' }] }).resolves({ images: [{ imageManifest: manifest(cfg('2')) }] });
      mock.on(BatchGetImageCommand, { repositoryName: 'gone' }).resolves({ images: [{ imageManifest: manifest(cfg('3')) }] });
      mock.on(GetDownloadUrlForLayerCommand, { repositoryName: 'leaky', layerDigest: cfg('1') }).resolves({ downloadUrl: `${base}/blob/leaky?X-Amz-Signature=sig` });
      mock.on(GetDownloadUrlForLayerCommand, { repositoryName: 'clean', layerDigest: cfg('2') }).resolves({ downloadUrl: `${base}/blob/clean` });
      mock.on(GetDownloadUrlForLayerCommand, { repositoryName: 'multi', layerDigest: cfg('2') }).resolves({ downloadUrl: `${base}/blob/clean` });
      mock.on(GetDownloadUrlForLayerCommand, { repositoryName: 'gone' }).resolves({ downloadUrl: `${base}/blob/missing?X-Amz-Signature=topsecretsig` });

      const inv = await collectFromMoto(moto, [repositories, latestImages, latestImageSecrets]);
      const r = inv.get(latestImageSecrets);
      expect(r.ok && r.data[arn('leaky')]).toMatchObject({
        ok: true,
        data: {
          scanned: true,
          digest: 'sha256:new',
          hits: [
            expect.objectContaining({ key: 'AWS_SECRET_ACCESS_KEY', location: 'environment variable AWS_SECRET_ACCESS_KEY' }),
            expect.objectContaining({ location: expect.stringContaining('build history step 2') }),
          ],
        },
      });
      expect(r.ok && r.data[arn('clean')]).toEqual({ ok: true, data: { scanned: true, digest: 'sha256:clean', hits: [] } });
      expect(r.ok && r.data[arn('multi')]).toMatchObject({ ok: true, data: { scanned: true, digest: 'sha256:index', hits: [] } });
      expect(r.ok && r.data[arn('gone')]).toMatchObject({ ok: false, error: { operation: 'ecr:GetDownloadUrlForLayer configuration download' } });
      const text = JSON.stringify(inv);
      for (const secret of [FAKE_AWS_SECRET, FAKE_PASSWORD, 'topsecretsig', 'X-Amz-Signature']) expect(text).not.toContain(secret);
    } finally {
      mock.restore();
    }
  });
});

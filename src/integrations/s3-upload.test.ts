import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClientPool } from '../aws/client.js';
import { UserError } from '../cli/errors.js';
import { startMoto, type Moto } from '../../test/helpers/moto.js';
import { createS3UploadPool, parseS3Url, toS3Url, uploadOutputs } from './s3-upload.js';

const credentials = async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' });

describe('parseS3Url', () => {
  it('accepts s3://bucket and s3://bucket/prefix, normalising slashes', () => {
    expect(parseS3Url('s3://my-bucket')).toEqual({ bucket: 'my-bucket', prefix: '' });
    expect(parseS3Url('s3://my-bucket/')).toEqual({ bucket: 'my-bucket', prefix: '' });
    expect(parseS3Url('s3://my.bucket-1/reports/prowl/')).toEqual({ bucket: 'my.bucket-1', prefix: 'reports/prowl' });
    expect(toS3Url('my-bucket/folder')).toBe('s3://my-bucket/folder');
    expect(toS3Url('s3://my-bucket')).toBe('s3://my-bucket');
  });

  it('rejects bad locations with a UserError that says what is wrong', () => {
    const cases: Array<[string, RegExp]> = [
      ['my-bucket/prefix', /expected s3:\/\/<bucket>\[\/<prefix>\]/],
      ['https://my-bucket.s3.amazonaws.com/x', /expected s3:\/\//],
      ['s3://', /no bucket name/],
      ['s3:///prefix', /no bucket name/],
      ['s3://My_Bucket', /"My_Bucket" is not a valid bucket name/],
      ['s3://ab', /not a valid bucket name/],
      ['s3://192.168.1.1', /not a valid bucket name/],
      ['s3://bucket/a//b', /empty, "\." or "\.\." segment/],
      ['s3://bucket/../etc', /empty, "\." or "\.\." segment/],
    ];
    for (const [url, message] of cases) {
      let err: unknown;
      try {
        parseS3Url(url);
      } catch (e) {
        err = e;
      }
      expect(err, url).toBeInstanceOf(UserError);
      expect((err as Error).message, url).toMatch(message);
    }
  });
});

describe('uploadOutputs against moto S3', () => {
  let moto: Moto;
  let dir: string;
  let admin: S3Client;
  const pool = () => createS3UploadPool(credentials, { extraConfig: { endpoint: moto.endpoint } });
  const read = async (bucket: string, key: string) => {
    const res = await admin.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await res.Body!.transformToByteArray());
  };
  const keys = async (bucket: string) =>
    ((await admin.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key).sort();

  beforeAll(async () => {
    moto = await startMoto();
    dir = await mkdtemp(join(tmpdir(), 'prowl-s3up-'));
    admin = new S3Client(moto.config('us-east-1'));
    await admin.send(new CreateBucketCommand({ Bucket: 'prowl-reports' }));
    await new S3Client(moto.config('eu-west-1')).send(
      new CreateBucketCommand({ Bucket: 'eu-reports', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }),
    );
    await mkdir(join(dir, 'compliance'), { recursive: true });
    await writeFile(join(dir, 'scan.csv'), 'A;B\n1;2\n');
    await writeFile(join(dir, 'scan.asff.json'), '[]\n');
    await writeFile(join(dir, 'compliance', 'scan_cis_7.0_aws.csv'), 'PROVIDER;STATUS\naws;PASS\n');
  });
  afterAll(async () => {
    await moto?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('puts each file under the prefix, keeping paths relative to the base directory, and reads back the same bytes', async () => {
    const p = pool();
    const files = [join(dir, 'scan.csv'), join(dir, 'scan.asff.json'), join(dir, 'compliance', 'scan_cis_7.0_aws.csv')];
    const uploaded = await uploadOutputs(files, 's3://prowl-reports/audits/2026/', p, { baseDir: dir });
    p.destroy();
    expect(uploaded.map((u) => [u.key, u.bytes, u.multipart])).toEqual([
      ['audits/2026/scan.csv', 8, false],
      ['audits/2026/scan.asff.json', 3, false],
      ['audits/2026/compliance/scan_cis_7.0_aws.csv', 25, false],
    ]);
    expect(uploaded[0].url).toBe('s3://prowl-reports/audits/2026/scan.csv');
    expect(await keys('prowl-reports')).toEqual(['audits/2026/compliance/scan_cis_7.0_aws.csv', 'audits/2026/scan.asff.json', 'audits/2026/scan.csv']);
    expect((await read('prowl-reports', 'audits/2026/scan.csv')).toString()).toBe('A;B\n1;2\n');
    expect((await read('prowl-reports', 'audits/2026/compliance/scan_cis_7.0_aws.csv')).toString()).toBe('PROVIDER;STATUS\naws;PASS\n');
  });

  it('uses file names at the bucket root when there is no prefix or base directory', async () => {
    const p = pool();
    await uploadOutputs([join(dir, 'compliance', 'scan_cis_7.0_aws.csv')], 's3://eu-reports', p);
    p.destroy();
    expect(await keys('eu-reports')).toContain('scan_cis_7.0_aws.csv');
  });

  it("uploads to the bucket's own region (GetBucketLocation)", async () => {
    const p = pool();
    const spy = vi.spyOn(p, 'client');
    await uploadOutputs([join(dir, 'scan.csv')], 's3://eu-reports/r', p, { region: 'us-east-1' });
    p.destroy();
    expect(spy.mock.calls.map((c) => c.join(':'))).toEqual(['s3:us-east-1', 's3:eu-west-1']);
    expect(await keys('eu-reports')).toContain('r/scan.csv');
  });

  it('sends ExpectedBucketOwner on every call, so a bucket of another account cannot receive the reports', async () => {
    const p = pool();
    const seen: Array<[string, string | undefined]> = [];
    const spy = (s3: S3Client) =>
      s3.middlewareStack.add(
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (next: any, context: any) => async (args: any) => {
          seen.push([String(context.commandName), args.request?.headers?.['x-amz-expected-bucket-owner']]);
          return next(args);
        },
        { step: 'finalizeRequest', name: 'captureOwner' },
      );
    spy((await p.client('s3', 'us-east-1')) as S3Client);
    spy((await p.client('s3', 'eu-west-1')) as S3Client);
    await uploadOutputs([join(dir, 'scan.csv')], 's3://eu-reports/owned', p, { region: 'us-east-1', expectedBucketOwner: '123456789012' });
    p.destroy();
    expect(seen.map(([c]) => c)).toEqual(['GetBucketLocationCommand', 'PutObjectCommand']);
    expect(seen.every(([, owner]) => owner === '123456789012')).toBe(true);
  });

  it('streams a large file up in parts (multipart) and the object reads back identical', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024 + 123);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32LE(i, i);
    const path = join(dir, 'big.ocsf.json');
    await writeFile(path, big);
    const p = pool();
    const [u] = await uploadOutputs([path], 's3://prowl-reports/big', p, { multipartThreshold: 5 * 1024 * 1024, partSize: 5 * 1024 * 1024 });
    p.destroy();
    expect(u).toMatchObject({ key: 'big/big.ocsf.json', multipart: true, bytes: big.length });
    const head = await admin.send(new HeadObjectCommand({ Bucket: 'prowl-reports', Key: 'big/big.ocsf.json' }));
    expect(head.ETag).toMatch(/-3"$/); // three parts: 5 MiB, 5 MiB, the rest
    const back = await read('prowl-reports', 'big/big.ocsf.json');
    expect(createHash('sha256').update(back).digest('hex')).toBe(createHash('sha256').update(big).digest('hex'));
  });

  it('aborts a multipart upload that fails part-way, leaving no parts behind', async () => {
    const path = join(dir, 'abort.bin');
    await writeFile(path, Buffer.alloc(6 * 1024 * 1024, 7));
    const partial = new ClientPool({
      credentials,
      extraConfig: { endpoint: moto.endpoint },
      allowOperations: ['CreateMultipartUpload', 'AbortMultipartUpload'],
    });
    await expect(
      uploadOutputs([path], 's3://prowl-reports/aborted', partial, { multipartThreshold: 5 * 1024 * 1024, partSize: 5 * 1024 * 1024 }),
    ).rejects.toThrow(/refused to call s3:UploadPart/);
    partial.destroy();
    const pending = await admin.send(new ListMultipartUploadsCommand({ Bucket: 'prowl-reports' }));
    expect(pending.Uploads ?? []).toEqual([]);
    expect(await keys('prowl-reports')).not.toContain('aborted/abort.bin');
  });

  it('fails clearly: missing bucket, missing file, and a pool that may not write', async () => {
    const p = pool();
    await expect(uploadOutputs([join(dir, 'scan.csv')], 's3://no-such-bucket-here/x', p)).rejects.toThrow(
      /could not upload .*scan\.csv to s3:\/\/no-such-bucket-here\/x\/scan\.csv: NoSuchBucket/,
    );
    await expect(uploadOutputs([join(dir, 'missing.csv')], 's3://prowl-reports', p)).rejects.toThrow(/ENOENT/);
    await expect(uploadOutputs([join(dir, 'scan.csv')], 'prowl-reports', p)).rejects.toBeInstanceOf(UserError);
    p.destroy();
    const readOnly = new ClientPool({ credentials, extraConfig: { endpoint: moto.endpoint } });
    await expect(uploadOutputs([join(dir, 'scan.csv')], 's3://prowl-reports/ro', readOnly)).rejects.toThrow(/refused to call s3:PutObject/);
    readOnly.destroy();
    expect(await keys('prowl-reports')).not.toContain('ro/scan.csv');
  });
});

/**
 * Upload report files to S3 (-B/--output-bucket, -D/--output-bucket-no-assume).
 *
 * Each file goes to s3://<bucket>/<prefix>/<name>, where <name> is the file's path relative to
 * `baseDir` when given (so compliance/<base>_cis_7.0_aws.csv keeps its folder), else its file name.
 * Bodies are streamed from disk with their length; files larger than `multipartThreshold` (100 MiB by
 * default; a single PutObject takes at most 5 GiB) go up in parts, and a failed multipart upload is
 * aborted so no orphaned parts are billed. The bucket's region is asked with GetBucketLocation (a read)
 * so the upload goes to the right endpoint; if that is denied, `region` is used.
 *
 * The pool must allow exactly these writes (createS3UploadPool):
 *   PutObject, CreateMultipartUpload, UploadPart, CompleteMultipartUpload, AbortMultipartUpload.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, isAbsolute, relative, sep } from 'node:path';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetBucketLocationCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { ClientPool, type ClientPoolOptions } from '../aws/client.js';
import { UserError } from '../cli/errors.js';

const S3_UPLOAD_OPERATIONS = ['PutObject', 'CreateMultipartUpload', 'UploadPart', 'CompleteMultipartUpload', 'AbortMultipartUpload'];

const MiB = 1024 * 1024;
const DEFAULT_MULTIPART_THRESHOLD = 100 * MiB;
const DEFAULT_PART_SIZE = 16 * MiB;
/** S3's smallest part (all but the last). */
const MIN_PART_SIZE = 5 * MiB;
const MAX_PARTS = 10_000;

/** A client pool that may make the uploads' writes and nothing else. */
export function createS3UploadPool(
  credentials?: AwsCredentialIdentityProvider,
  options: Omit<ClientPoolOptions, 'credentials' | 'allowOperations'> = {},
): ClientPool {
  return new ClientPool({ ...options, credentials, allowOperations: [...S3_UPLOAD_OPERATIONS] });
}

export interface S3Location {
  bucket: string;
  /** Key prefix without leading or trailing "/" ("" for the bucket root). */
  prefix: string;
}

const BUCKET = /^(?!xn--)(?!sthree-)(?!.*\.\.)(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Parse "s3://bucket" or "s3://bucket/some/prefix/". Anything else is a UserError saying what is wrong. */
export function parseS3Url(url: string): S3Location {
  const m = /^s3:\/\/([^/]*)(?:\/(.*))?$/.exec(url.trim());
  if (!m) throw new UserError(`invalid S3 location "${url}": expected s3://<bucket>[/<prefix>]`);
  const [, bucket, rest = ''] = m;
  if (!bucket) throw new UserError(`invalid S3 location "${url}": no bucket name after s3://`);
  if (!BUCKET.test(bucket)) {
    throw new UserError(`invalid S3 location "${url}": "${bucket}" is not a valid bucket name (3-63 lowercase letters, digits, dots and hyphens)`);
  }
  const prefix = rest.replace(/^\/+|\/+$/g, '');
  if (prefix && prefix.split('/').some((p) => p === '' || p === '.' || p === '..')) {
    throw new UserError(`invalid S3 location "${url}": the prefix has an empty, "." or ".." segment`);
  }
  return { bucket, prefix };
}

/** Prowler 2's -B took "bucket/prefix" without the scheme: accept both spellings. */
export function toS3Url(arg: string): string {
  return arg.startsWith('s3://') ? arg : `s3://${arg}`;
}

export interface UploadOptions {
  /** Keys keep the path relative to this directory (files outside it use their name). */
  baseDir?: string;
  /**
   * The account that must own the bucket (ExpectedBucketOwner on every call): the uploading account, or
   * --output-bucket-owner. S3 refuses the upload (403) when a mistyped name is someone else's bucket.
   */
  expectedBucketOwner?: string;
  /** Region to ask GetBucketLocation in, and to upload to if the bucket's region cannot be read. */
  region?: string;
  multipartThreshold?: number;
  partSize?: number;
}

export interface UploadedObject {
  file: string;
  bucket: string;
  key: string;
  bytes: number;
  multipart: boolean;
  /** s3://bucket/key */
  url: string;
}

function keyFor(file: string, prefix: string, baseDir?: string): string {
  let name = basename(file);
  if (baseDir) {
    const rel = relative(baseDir, file);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) name = rel.split(sep).join('/');
  }
  return prefix ? `${prefix}/${name}` : name;
}

/** The bucket's region: GetBucketLocation's LocationConstraint ("" means us-east-1, "EU" eu-west-1). */
async function bucketRegion(pool: ClientPool, bucket: string, fallback: string, owner?: string): Promise<string> {
  try {
    const s3 = await pool.client('s3', fallback);
    const res = await s3.send(new GetBucketLocationCommand({ Bucket: bucket, ExpectedBucketOwner: owner }));
    const loc = String(res.LocationConstraint ?? '');
    if (!loc) return fallback.startsWith('us-gov-') || fallback.startsWith('cn-') ? fallback : 'us-east-1';
    return loc === 'EU' ? 'eu-west-1' : loc;
  } catch {
    return fallback;
  }
}

/** Upload `files` under `s3url`. Resolves with what was uploaded; rejects on the first file that fails. */
export async function uploadOutputs(files: string[], s3url: string, pool: ClientPool, options: UploadOptions = {}): Promise<UploadedObject[]> {
  const { bucket, prefix } = parseS3Url(s3url);
  const threshold = options.multipartThreshold ?? DEFAULT_MULTIPART_THRESHOLD;
  const owner = options.expectedBucketOwner;
  const region = await bucketRegion(pool, bucket, options.region ?? 'us-east-1', owner);
  const s3 = await pool.client('s3', region);
  const out: UploadedObject[] = [];
  for (const file of files) {
    const { size } = await stat(file);
    const key = keyFor(file, prefix, options.baseDir);
    const multipart = size > threshold;
    try {
      if (!multipart) {
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: createReadStream(file), ContentLength: size, ExpectedBucketOwner: owner }));
      } else {
        await multipartUpload(s3, bucket, key, file, size, options.partSize ?? DEFAULT_PART_SIZE, owner);
      }
    } catch (err) {
      const e = err as { name?: string; message?: string };
      throw new Error(`could not upload ${file} to s3://${bucket}/${key}: ${e.name ?? 'Error'}: ${e.message ?? String(err)}`, { cause: err });
    }
    out.push({ file, bucket, key, bytes: size, multipart, url: `s3://${bucket}/${key}` });
  }
  return out;
}

async function multipartUpload(
  s3: S3Client,
  bucket: string,
  key: string,
  file: string,
  size: number,
  wantedPartSize: number,
  owner: string | undefined,
): Promise<void> {
  // Parts of at least 5 MiB, and no more than 10,000 of them.
  const partSize = Math.max(MIN_PART_SIZE, wantedPartSize, Math.ceil(size / MAX_PARTS));
  const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ExpectedBucketOwner: owner }));
  if (!UploadId) throw new Error('CreateMultipartUpload returned no UploadId');
  try {
    const parts: CompletedPart[] = [];
    for (let start = 0, n = 1; start < size; start += partSize, n++) {
      const end = Math.min(start + partSize, size);
      const res = await s3.send(
        new UploadPartCommand({
          Bucket: bucket,
          Key: key,
          UploadId,
          PartNumber: n,
          Body: createReadStream(file, { start, end: end - 1 }),
          ContentLength: end - start,
          ExpectedBucketOwner: owner,
        }),
      );
      parts.push({ PartNumber: n, ETag: res.ETag });
    }
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId, MultipartUpload: { Parts: parts }, ExpectedBucketOwner: owner }));
  } catch (err) {
    await s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId, ExpectedBucketOwner: owner })).catch(() => undefined);
    throw err;
  }
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { CallError } from '../core/types.js';
import { WriteRefusedError } from './client.js';
import { awsErrorCode, describeCallError, toCallError } from './errors.js';

/** An error shaped like the SDK's service exceptions (name = AWS code, HTTP status in $metadata). */
const sdkError = (name: string, status: number, message = `${name} happened`, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status }, ...extra });
/** A Node system error, as the HTTP handler rejects with it. */
const sysError = (code: string, message: string) => Object.assign(new Error(message), { code, errno: -111, syscall: 'connect' });

describe('toCallError', () => {
  const cases: Array<[string, unknown, CallError['kind'], string]> = [
    ['S3 AccessDenied', sdkError('AccessDenied', 403, 'Access Denied'), 'AccessDenied', 'AccessDenied'],
    ['JSON AccessDeniedException', sdkError('AccessDeniedException', 400, 'User is not authorized to perform kms:ListKeys'), 'AccessDenied', 'AccessDeniedException'],
    // Query/EC2 protocols carry the code in the XML <Code> element, surfaced as a Code property.
    ['EC2 UnauthorizedOperation (Code field)', Object.assign(new Error('You are not authorized to perform this operation.'), { Code: 'UnauthorizedOperation' }), 'AccessDenied', 'UnauthorizedOperation'],
    ['Code wins over a generic name', sdkError('EC2ServiceException', 400, 'nope', { Code: 'UnauthorizedOperation' }), 'AccessDenied', 'UnauthorizedOperation'],
    ['unknown code with HTTP 403', sdkError('SomeNewDenial', 403), 'AccessDenied', 'SomeNewDenial'],
    ['OptInRequired', sdkError('OptInRequired', 401, 'You are not subscribed to this service.'), 'OptInRequired', 'OptInRequired'],
    ['Security Hub not enabled', sdkError('InvalidAccessException', 400, 'Account is not subscribed to AWS Security Hub'), 'NotSubscribed', 'InvalidAccessException'],
    ['ThrottlingException', sdkError('ThrottlingException', 400, 'Rate exceeded'), 'Throttled', 'ThrottlingException'],
    ['EC2 RequestLimitExceeded', sdkError('RequestLimitExceeded', 503, 'Request limit exceeded.'), 'Throttled', 'RequestLimitExceeded'],
    ['unknown code with HTTP 429', sdkError('SlowDownPlease', 429), 'Throttled', 'SlowDownPlease'],
    ['ECONNREFUSED', sysError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9'), 'Unreachable', 'ECONNREFUSED'],
    ['ENOTFOUND', sysError('ENOTFOUND', 'getaddrinfo ENOTFOUND ec2.xx-nowhere-1.amazonaws.com'), 'Unreachable', 'ENOTFOUND'],
    ['TimeoutError', Object.assign(new Error('a request has exceeded the configured 300 ms requestTimeout.'), { name: 'TimeoutError', code: 'ETIMEDOUT' }), 'Timeout', 'TimeoutError'],
    ['socket timeout message', sdkError('RequestTimeout', 400, 'Your socket connection to the server was not read from or written to within the timeout period.'), 'Timeout', 'RequestTimeout'],
    ['InvalidAction (emulator lacks it)', sdkError('InvalidAction', 400), 'Unsupported', 'InvalidAction'],
    ['unknown code', sdkError('ValidationException', 400, 'Invalid parameter'), 'Failed', 'ValidationException'],
    ['not an error at all', undefined, 'Failed', 'UnknownError'],
  ];
  it.each(cases)('%s', (_label, err, kind, code) => {
    const e = toCallError('svc:Operation', err);
    expect(e).toMatchObject({ kind, code, operation: 'svc:Operation' });
    expect(e.message).not.toMatch(/\n/);
  });

  it('classifies a refused write as a failure, not as denied by AWS', () => {
    expect(toCallError('iam:CreateUser', new WriteRefusedError('iam:CreateUser'))).toMatchObject({ kind: 'Failed', code: 'WriteRefused' });
  });

  it('keeps messages on one line and bounded', () => {
    const e = toCallError('s3:GetBucketPolicy', sdkError('AccessDenied', 403, `line one\n  line two\t${'x'.repeat(500)}`));
    expect(e.message.startsWith('line one line two x')).toBe(true);
    expect(e.message.length).toBeLessThanOrEqual(300);
  });

  it('awsErrorCode prefers the query-protocol Code, then the name, then a system code', () => {
    expect(awsErrorCode({ Code: 'AuthFailure', name: 'EC2ServiceException' })).toBe('AuthFailure');
    expect(awsErrorCode(sdkError('ExpiredTokenException', 400))).toBe('ExpiredTokenException');
    expect(awsErrorCode(sysError('ECONNRESET', 'socket hang up'))).toBe('ECONNRESET');
    expect(awsErrorCode(new Error('plain'))).toBe('Error');
    expect(awsErrorCode(null)).toBe('UnknownError');
  });
});

describe('describeCallError', () => {
  it.each<[CallError, string]>([
    [{ kind: 'AccessDenied', code: 'UnauthorizedOperation', operation: 'ec2:DescribeInstances', message: '' }, 'ec2:DescribeInstances access denied (UnauthorizedOperation)'],
    [{ kind: 'OptInRequired', code: 'OptInRequired', operation: 'ec2:DescribeVpcs', message: '' }, 'ec2:DescribeVpcs region or service not enabled (OptInRequired)'],
    [{ kind: 'NotSubscribed', code: 'InvalidAccessException', operation: 'securityhub:DescribeHub', message: '' }, 'securityhub:DescribeHub service not enabled (InvalidAccessException)'],
    [{ kind: 'Throttled', code: 'ThrottlingException', operation: 'cloudtrail:LookupEvents', message: '' }, 'cloudtrail:LookupEvents throttled after retries (ThrottlingException)'],
    [{ kind: 'Timeout', code: 'TimeoutError', operation: 'kms:ListKeys', message: '' }, 'kms:ListKeys timed out (TimeoutError)'],
    [{ kind: 'Unreachable', code: 'ECONNREFUSED', operation: 'sts:GetCallerIdentity', message: '' }, 'sts:GetCallerIdentity endpoint unreachable (ECONNREFUSED)'],
    [{ kind: 'Unsupported', code: 'InvalidAction', operation: 'macie2:GetMacieSession', message: '' }, 'macie2:GetMacieSession operation not supported by the endpoint (InvalidAction)'],
    [{ kind: 'Failed', code: 'ValidationException', operation: 'logs:DescribeLogGroups', message: '' }, 'logs:DescribeLogGroups failed (ValidationException)'],
    [{ kind: 'AccessDenied', code: 'AccessDenied', operation: 'iam:GenerateCredentialReport', message: '', httpStatus: 403 }, 'iam:GenerateCredentialReport access denied (AccessDenied, HTTP 403)'],
    [{ kind: 'Unavailable', code: 'ENOTFOUND', operation: 'glacier:ListVaults', message: '' }, 'glacier:ListVaults not available in this region (ENOTFOUND)'],
    [{ kind: 'Failed', code: 'NonAwsResponse', operation: 'kms:ListKeys', message: 'the endpoint answered HTTP 404 with a non-AWS body', httpStatus: 404 }, 'kms:ListKeys failed: the endpoint answered HTTP 404 with a non-AWS body'],
  ])('%j', (error, text) => {
    expect(describeCallError(error)).toBe(text);
  });
});

describe('errors thrown by the real SDK', () => {
  // A tiny loopback endpoint answering every call with an AWS error in the protocol the client speaks,
  // or (path /html404, /html200) with a web page as a proxy or a wrong endpoint URL would.
  let server: Server;
  let endpoint: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const page = /^\/html(\d+)/.exec(req.url ?? '');
        if (page) {
          res.writeHead(Number(page[1]), { 'content-type': 'text/html' });
          res.end('<html><body>Not here</body></html>');
        } else if (req.headers['x-amz-target']) {
          res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
          res.end(JSON.stringify({ __type: 'AccessDeniedException', message: 'User is not authorized to perform kms:DescribeKey' }));
        } else {
          res.writeHead(403, { 'content-type': 'text/xml' });
          res.end(
            '<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>UnauthorizedOperation</Code>' +
              '<Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>r-1</RequestID></Response>',
          );
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const config = (ep: string) => ({ region: 'us-east-1', endpoint: ep, maxAttempts: 1, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });

  it('EC2 XML error -> AccessDenied with the XML code', async () => {
    const err = await new EC2Client(config(endpoint)).send(new DescribeRegionsCommand({})).catch((e: unknown) => e);
    expect(toCallError('ec2:DescribeRegions', err)).toMatchObject({ kind: 'AccessDenied', code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.' });
  });

  it('JSON error -> AccessDenied with the __type code', async () => {
    const err = await new KMSClient(config(endpoint)).send(new DescribeKeyCommand({ KeyId: 'k' })).catch((e: unknown) => e);
    expect(toCallError('kms:DescribeKey', err)).toMatchObject({ kind: 'AccessDenied', code: 'AccessDeniedException' });
  });

  it.each([
    ['KMS (JSON)', 404, () => new KMSClient(config(`${endpoint}/html404`)).send(new DescribeKeyCommand({ KeyId: 'k' }))],
    ['EC2 (query XML)', 404, () => new EC2Client(config(`${endpoint}/html404`)).send(new DescribeRegionsCommand({}))],
    ['EC2 (query XML) with HTTP 200', 200, () => new EC2Client(config(`${endpoint}/html200`)).send(new DescribeRegionsCommand({}))],
    ['KMS (JSON) with HTTP 200', 200, () => new KMSClient(config(`${endpoint}/html200`)).send(new DescribeKeyCommand({ KeyId: 'k' }))],
  ])('a web page instead of an AWS answer, %s -> HTTP %i with a non-AWS body, no JavaScript error name', async (_l, status, call) => {
    const err = await call().catch((e: unknown) => e);
    const e = toCallError('svc:Op', err);
    expect(e).toMatchObject({ kind: 'Failed', code: 'NonAwsResponse', httpStatus: status });
    const text = describeCallError(e);
    expect(text).toBe(`svc:Op failed: the endpoint answered HTTP ${status} with a non-AWS body`);
    expect(text).not.toMatch(/SyntaxError|TypeError|\bError\b|Unknown/);
  });

  it('AWS denials carry the HTTP status', async () => {
    const err = await new EC2Client(config(endpoint)).send(new DescribeRegionsCommand({})).catch((e: unknown) => e);
    expect(describeCallError(toCallError('ec2:DescribeRegions', err))).toBe('ec2:DescribeRegions access denied (UnauthorizedOperation, HTTP 403)');
  });

  it('a JavaScript exception is described in words, never by its bare name', () => {
    for (const err of [new TypeError("Cannot read properties of undefined (reading 'Buckets')"), new SyntaxError('Unexpected end of JSON input'), new Error('boom')]) {
      const e = toCallError('s3:ListBuckets', err);
      expect(e.code).toBe('ClientError');
      expect(describeCallError(e)).toMatch(/^s3:ListBuckets failed: prowl could not complete the call: /);
      expect(describeCallError(e)).not.toMatch(/\((TypeError|SyntaxError|Error)\)/);
    }
  });

  it('a regional endpoint that does not exist -> not available in this region; other unknown hosts stay unreachable', async () => {
    const dns = (host: string) => Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host, syscall: 'getaddrinfo' });
    expect(toCallError('drs:DescribeJobs', dns('drs.ap-southeast-5.amazonaws.com'))).toMatchObject({ kind: 'Unavailable' });
    expect(describeCallError(toCallError('drs:DescribeJobs', dns('drs.ap-southeast-5.amazonaws.com')))).toContain('not available in this region');
    expect(toCallError('sts:GetCallerIdentity', dns('proxy.corp.example'))).toMatchObject({ kind: 'Unreachable' });
  });

  it('closed port -> Unreachable with the system code', async () => {
    const err = await new STSClient(config('http://127.0.0.1:9')).send(new GetCallerIdentityCommand({})).catch((e: unknown) => e);
    const e = toCallError('sts:GetCallerIdentity', err);
    expect(e).toMatchObject({ kind: 'Unreachable', code: 'ECONNREFUSED' });
    expect(describeCallError(e)).toBe('sts:GetCallerIdentity endpoint unreachable (ECONNREFUSED)');
  });
});

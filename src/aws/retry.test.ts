import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ListKeysCommand } from '@aws-sdk/client-kms';
import { ListCertificateAuthoritiesCommand } from '@aws-sdk/client-acm-pca';
import { ClientPool } from './client.js';
import { isEndpointPage } from './retry.js';

const HTML = '<!doctype html><title>500 Internal Server Error</title><h1>Internal Server Error</h1>';

/** A local endpoint answering every request with `answer`; counts the requests. */
async function endpoint(answer: (res: ServerResponse, req: IncomingMessage) => void) {
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    req.resume();
    req.on('end', () => answer(res, req));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits: () => hits,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function listKeys(answer: (res: ServerResponse) => void) {
  const ep = await endpoint(answer);
  servers.push(ep);
  const pool = new ClientPool({ credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }), maxAttempts: 3, extraConfig: { endpoint: ep.url } });
  const kms = await pool.client('kms', 'us-east-1');
  const err = await kms.send(new ListKeysCommand({})).then(() => undefined, (e: unknown) => e);
  pool.destroy();
  return { err, hits: ep.hits() };
}

describe('retries', () => {
  it('does not retry an HTML 500 without an AWS request id (an emulator lacking the API, a broken proxy): one request', async () => {
    const { err, hits } = await listKeys((res) => res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' }).end(HTML));
    expect(hits).toBe(1);
    expect(isEndpointPage(err)).toBe(true);
  });

  it('retries an AWS 500 (JSON error with a request id) up to the attempt limit', async () => {
    const { hits } = await listKeys((res) =>
      res.writeHead(500, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-1' }).end(JSON.stringify({ __type: 'KMSInternalException', message: 'try again' })),
    );
    expect(hits).toBe(3);
  });

  it('retries a gateway error (HTML 503 from a proxy) like any transient failure', async () => {
    const { hits } = await listKeys((res) => res.writeHead(503, { 'content-type': 'text/html' }).end('<html>busy</html>'));
    expect(hits).toBe(3);
  });

  it('works the same for a client built on the older SDK core (acm-pca 3.523, whose retry middleware passes no token scope)', async () => {
    const ep = await endpoint((res) => res.writeHead(500, { 'content-type': 'text/html' }).end(HTML));
    servers.push(ep);
    const pool = new ClientPool({ credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }), maxAttempts: 3, extraConfig: { endpoint: ep.url } });
    const pca = await pool.client('acmpca', 'us-east-1');
    const err = await pca.send(new ListCertificateAuthoritiesCommand({})).then(() => undefined, (e: unknown) => e);
    pool.destroy();
    expect(isEndpointPage(err)).toBe(true);
    expect(ep.hits()).toBe(1);
  });

  it('isEndpointPage needs all three signs: 500/501, HTML, no request id', () => {
    const e = (status: number, headers: Record<string, string>, requestId?: string) => ({ $metadata: { httpStatusCode: status, requestId }, $response: { headers } });
    expect(isEndpointPage(e(501, { 'content-type': 'text/html' }))).toBe(true);
    expect(isEndpointPage(e(500, { 'content-type': 'text/html' }, 'abc'))).toBe(false);
    expect(isEndpointPage(e(500, { 'content-type': 'text/html', 'x-amz-request-id': 'abc' }))).toBe(false);
    expect(isEndpointPage(e(500, { 'content-type': 'application/xml' }))).toBe(false);
    expect(isEndpointPage(e(502, { 'content-type': 'text/html' }))).toBe(false);
    expect(isEndpointPage(new Error('x'))).toBe(false);
  });
});

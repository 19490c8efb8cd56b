/**
 * A loopback HTTP proxy that forwards every request to a target (moto) and delays each response by a
 * fixed latency, to approximate a real AWS endpoint's round trip in benchmarks.
 *
 * Replay mode (`replay: true`) takes the emulator's own speed out of the measurement: moto is one Python
 * process that answers about 150 requests a second on a small machine, so with thousands of calls in flight
 * a "50 ms" call waits hundreds of milliseconds in moto's queue, which no real AWS endpoint does. The proxy
 * records every answer moto gives (one list per request, in order, so a polled call such as
 * GenerateCredentialReport replays STARTED then COMPLETE); once `replaying` is set, a request seen before is
 * answered from that record after the same latency, and only an unseen one (a request that carries the
 * time, say) goes to moto. `stats()` counts both, so a benchmark can say how much was replayed.
 *
 * Lambda code: moto answers GetFunction and GetLayerVersion with a Location on a real S3 host that it does not
 * serve, so a scan would try the network (and wait on its resolver) for every archive. The proxy points those
 * locations at itself and serves a small deployment package there, as S3 would serve the real one: the scan
 * downloads and scans archives as it does against AWS, and nothing leaves the machine.
 */
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';

export interface LatencyProxy {
  url: string;
  close: () => Promise<void>;
  /** Replay mode: answer recorded requests from the record from now on. */
  replay: () => void;
  stats: () => { forwarded: number; replayed: number };
}

interface Recorded {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** moto's archive locations (https://awslambda-<region>-tasks.s3.<region>.amazonaws.com/<key>). */
const CODE_LOCATION = /https:\/\/awslambda-[a-z0-9-]+-tasks\.s3\.[a-z0-9-]+\.amazonaws\.com\//g;
const CODE_PATH = '/__lambda-code/';
/** A plausible deployment package: a handler and a configuration module, no secrets. */
const CODE_ZIP = Buffer.from(
  zipSync({
    'index.py': strToU8(`import json\nimport os\n\n\ndef handler(event, context):\n    return {"statusCode": 200, "body": json.dumps({"region": os.environ.get("AWS_REGION")})}\n`.repeat(40)),
    'config.py': strToU8('LOG_LEVEL = "info"\nTIMEOUT_SECONDS = 30\n'),
  }),
);

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade'];

/**
 * What makes two requests the same question: method, host (S3 puts the bucket there), path and query, the
 * JSON protocols' target, the access key (moto keeps one account per key), region and service, and the body. The signature, dates
 * and invocation ids differ on every call and are left out.
 */
function requestKey(req: IncomingMessage, body: Buffer): string {
  // The credential scope without its date: access key, region, service (one host serves them all here).
  const scope = /Credential=([^/]+)\/[^/]+\/([^/]+)\/([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.slice(1).join('/') ?? '';
  return [req.method, req.headers.host, req.url, req.headers['x-amz-target'] ?? '', scope, createHash('sha1').update(body).digest('hex')].join(' ');
}

export async function startLatencyProxy(target: string, latencyMs: number, opts: { replay?: boolean } = {}): Promise<LatencyProxy> {
  const t = new URL(target);
  const record = new Map<string, Recorded[]>();
  /** How many times each key has been answered from the record in replay mode (which recorded answer comes next). */
  const served = new Map<string, number>();
  let replaying = false;
  let forwarded = 0;
  let replayed = 0;
  let port = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const key = opts.replay ? requestKey(req, body) : '';
      setTimeout(() => {
        if (req.url?.startsWith(CODE_PATH)) {
          res.writeHead(200, { 'content-type': 'application/zip', 'content-length': CODE_ZIP.length });
          res.end(CODE_ZIP);
          return;
        }
        const answers = replaying ? record.get(key) : undefined;
        if (answers) {
          const n = served.get(key) ?? 0;
          served.set(key, n + 1);
          const a = answers[Math.min(n, answers.length - 1)];
          replayed++;
          // A recorded Date would drift from the clock; minutes later the SDK takes it for clock skew and retries
          // failed calls that it would not retry otherwise.
          res.writeHead(a.status, { ...a.headers, date: new Date().toUTCString() });
          res.end(a.body);
          return;
        }
        forwarded++;
        const up = request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
          // Hop-by-hop headers are the proxy's own business (RFC 9110 7.6.1). moto's development server answers
          // "Connection: close" to every request; passed on, it made the measured client open a new connection
          // per call, which a real AWS endpoint (keep-alive) never asks for.
          const headers = { ...upRes.headers };
          for (const h of HOP_BY_HOP) delete headers[h];
          const lambda = /^\/20\d\d-\d\d-\d\d\/(functions|layers)/.test(req.url ?? '');
          const recording = opts.replay && !replaying;
          if (!lambda && !recording) {
            res.writeHead(upRes.statusCode ?? 502, headers);
            upRes.pipe(res);
            return;
          }
          const parts: Buffer[] = [];
          upRes.on('data', (c: Buffer) => parts.push(c));
          upRes.on('end', () => {
            let body = Buffer.concat(parts);
            if (lambda) {
              body = Buffer.from(body.toString('utf8').replace(CODE_LOCATION, `http://127.0.0.1:${port}${CODE_PATH}`));
              if (headers['content-length']) headers['content-length'] = String(body.length);
            }
            const status = upRes.statusCode ?? 502;
            if (recording) record.set(key, [...(record.get(key) ?? []), { status, headers, body }]);
            res.writeHead(status, headers);
            res.end(body);
          });
        });
        up.on('error', (e) => {
          res.writeHead(502);
          res.end(String(e));
        });
        up.end(body);
      }, latencyMs);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
    replay: () => {
      replaying = true;
      served.clear();
    },
    stats: () => ({ forwarded, replayed }),
  };
}

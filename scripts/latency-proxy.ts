/**
 * A loopback HTTP proxy that forwards every request to a target (moto) and delays each response by a
 * fixed latency, to approximate a real AWS endpoint's round trip in benchmarks.
 */
import { createServer, request, type Server } from 'node:http';

export async function startLatencyProxy(target: string, latencyMs: number): Promise<{ url: string; close: () => Promise<void> }> {
  const t = new URL(target);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      setTimeout(() => {
        const up = request(
          { host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers },
          (upRes) => {
            // Hop-by-hop headers are the proxy's own business (RFC 9110 7.6.1). moto's development server answers
            // "Connection: close" to every request; passed on, it made the measured client open a new connection
            // per call, which a real AWS endpoint (keep-alive) never asks for.
            const headers = { ...upRes.headers };
            for (const h of ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']) delete headers[h];
            res.writeHead(upRes.statusCode ?? 502, headers);
            upRes.pipe(res);
          },
        );
        up.on('error', (e) => {
          res.writeHead(502);
          res.end(String(e));
        });
        up.end(Buffer.concat(chunks));
      }, latencyMs);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/**
 * Loaded into a measured prowl process with `node --import ./scripts/bench-probe.mjs`: records when the
 * process made its first HTTP request (milliseconds since the process started, and the CPU it had used by
 * then), counts its requests and those that succeeded more than once, and at exit writes those with the process's CPU time (user + system) and
 * peak RSS as JSON to BENCH_PROBE_FILE. It only listens (diagnostics_channel; it
 * notes each request's body as it is sent), so it changes nothing it measures.
 */
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PROBE_FILE;
let first;
let requests = 0;
// Requests that succeeded more than once (same host, method, path, query and body): what a scan asked for twice.
const succeeded = new Map();
const bodies = new WeakMap();
// "created" comes before the body is written ("start" only once it is sent).
subscribe('http.client.request.created', ({ request }) => {
  const end = request.end;
  request.end = function (chunk, ...rest) {
    if (chunk !== undefined && typeof chunk !== 'function') bodies.set(request, Buffer.from(chunk).toString('utf8'));
    return end.call(this, chunk, ...rest);
  };
});
subscribe('http.client.request.start', () => {
  requests++;
  if (!first) {
    const cpu = process.cpuUsage();
    first = { ms: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000 };
  }
});
subscribe('http.client.response.finish', ({ request, response }) => {
  if (response.statusCode >= 300) return;
  const auth = String(request.getHeader('authorization') ?? '');
  const region = /Credential=[^/]+\/[^/]+\/([^/]+)\//.exec(auth)?.[1] ?? '';
  const key = `${request.host}|${region}|${request.method} ${request.path}|${request.getHeader('x-amz-target') ?? ''}|${bodies.get(request) ?? ''}`;
  succeeded.set(key, (succeeded.get(key) ?? 0) + 1);
});
process.on('exit', (code) => {
  if (!file) return;
  const r = process.resourceUsage();
  writeFileSync(
    file,
    JSON.stringify({
      exitCode: code,
      wallMs: performance.now(),
      cpuUserMs: r.userCPUTime / 1000,
      cpuSystemMs: r.systemCPUTime / 1000,
      firstRequestMs: first?.ms ?? null,
      cpuAtFirstRequestMs: first?.cpuMs ?? null,
      requests,
      repeatedRequests: [...succeeded.values()].filter((n) => n > 1).length,
      repeatedExamples: [...succeeded].filter(([, n]) => n > 1).slice(0, 5).map(([k, n]) => `${n}x ${k.slice(0, 200)}`),
      peakRssMB: Math.round(r.maxRSS / 1024),
    }),
  );
});

/**
 * Loaded into a measured prowl process with `node --import ./scripts/bench-probe.mjs`: records when the
 * process made its first HTTP request (milliseconds since the process started, and the CPU it had used by
 * then), counts its requests, and at exit writes those with the process's CPU time (user + system) and
 * peak RSS as JSON to BENCH_PROBE_FILE. It only listens (diagnostics_channel), so it changes nothing it measures.
 */
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PROBE_FILE;
let first;
let requests = 0;
subscribe('http.client.request.start', () => {
  requests++;
  if (!first) {
    const cpu = process.cpuUsage();
    first = { ms: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000 };
  }
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
      peakRssMB: Math.round(r.maxRSS / 1024),
    }),
  );
});

/**
 * One benchmark scan in its own process, so that peak RSS is the scan's own: every CIS framework's checks,
 * against AWS_ENDPOINT_URL, writing the command's default outputs (CSV, JSON-OCSF, HTML, and the compliance
 * CSVs; BENCH_MODES changes them). It runs the compiled code in plain node, as the prowl
 * command uses, so no TypeScript loader sits in the measured process; `npm run bench` builds dist/ first.
 * Prints one JSON line with wall time, API calls, repeated requests and peak RSS.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBuiltinChecks, makeCatalogue } from '../dist/registry.js';
import { select } from '../dist/core/select.js';
import { FRAMEWORKS } from '../dist/compliance/index.js';
import { runScan } from '../dist/scan.js';

const regions = (process.env.BENCH_REGIONS ?? 'us-east-1,eu-west-1,ap-southeast-2').split(',');
const modes = process.env.BENCH_MODES !== undefined ? process.env.BENCH_MODES.split(',').filter(Boolean) : ['csv', 'json-ocsf', 'html'];
const catalogue = makeCatalogue(await loadBuiltinChecks());
const selected = select(catalogue, { compliance: FRAMEWORKS.map((f) => f.id) });
const dir = await mkdtemp(join(tmpdir(), 'prowl-bench-'));
const devnull = Object.assign(Object.create(process.stdout), { write: () => true });
const started = performance.now();
const result = await runScan(
  {
    checks: selected.checks,
    frameworks: FRAMEWORKS.map((f) => f.id),
    config: {},
    regions,
    // The multi-account case scans each member account alone through its role, for comparison.
    ...(process.env.BENCH_ROLE ? { role: process.env.BENCH_ROLE } : {}),
    outputModes: modes,
    outputDirectory: dir,
    verbose: false,
    quiet: false,
    progress: false,
    ignoreExitCode3: true,
    trackRequests: true,
  },
  devnull,
  devnull,
);
const wallMs = performance.now() - started;
await rm(dir, { recursive: true, force: true });
const findings = Object.entries(result.counts).filter(([k]) => k !== 'MUTED').reduce((n, [, v]) => n + v, 0);
console.log(JSON.stringify({
  checks: selected.checks.length,
  findings,
  errors: result.counts.ERROR,
  wallSeconds: +(wallMs / 1000).toFixed(2),
  apiCalls: result.apiCalls,
  repeatedRequests: result.duplicateRequests,
  ...(result.repeated.length ? { repeatedExamples: result.repeated.slice(0, 5) } : {}),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));

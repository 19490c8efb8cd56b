/**
 * One multi-account benchmark run in its own process (so peak RSS is the run's own): every CIS framework's
 * checks over the accounts in BENCH_ACCOUNTS, assuming BENCH_ROLE_NAME in each, BENCH_CONCURRENCY at a time,
 * with the command's default outputs. Prints one JSON line: wall time, API calls, findings, peak RSS.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBuiltinChecks, makeCatalogue } from '../dist/registry.js';
import { select } from '../dist/core/select.js';
import { FRAMEWORKS } from '../dist/compliance/index.js';
import { runAccountsScan } from '../dist/scan-accounts.js';

const regions = (process.env.BENCH_REGIONS ?? 'us-east-1,eu-west-1,ap-southeast-2').split(',');
const catalogue = makeCatalogue(await loadBuiltinChecks());
// The same selection as the single-account runs it is compared with (bench-run.mjs): every CIS AWS Foundations
// Benchmark version. Not /^cis_/ alone: that also matched CIS Controls v8.1, whose mapping selects three times as
// many checks (314 against 94), which is why this run once made three times the single-account runs' requests.
const cis = FRAMEWORKS.map((f) => f.id).filter((id) => /^cis_\d.*_aws$/.test(id));
const selected = select(catalogue, { compliance: cis });
const dir = await mkdtemp(join(tmpdir(), 'prowl-bench-org-'));
const devnull = Object.assign(Object.create(process.stdout), { write: () => true });
const started = performance.now();
const result = await runAccountsScan(
  {
    checks: selected.checks,
    frameworks: cis,
    config: {},
    organizationRole: process.env.BENCH_ROLE_NAME,
    accounts: process.env.BENCH_ACCOUNTS.split(','),
    accountConcurrency: process.env.BENCH_CONCURRENCY ? Number(process.env.BENCH_CONCURRENCY) : undefined,
    regions,
    outputModes: ['csv', 'json-ocsf', 'html'],
    outputDirectory: dir,
    verbose: false,
    quiet: false,
    progress: false,
    ignoreExitCode3: true,
  },
  devnull,
  devnull,
);
const wallMs = performance.now() - started;
await rm(dir, { recursive: true, force: true });
const findings = Object.entries(result.counts).filter(([k]) => k !== 'MUTED').reduce((n, [, v]) => n + v, 0);
console.log(JSON.stringify({
  accounts: result.outcomes.length,
  notScanned: result.outcomes.filter((o) => o.error).length,
  findings,
  wallSeconds: +(wallMs / 1000).toFixed(2),
  apiCalls: result.apiCalls,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));

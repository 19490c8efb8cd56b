/**
 * One benchmark scan: the `prowl` command itself (bin/prowl.js, as installed; BENCH_ENTRY runs another entry
 * file, e.g. dist/cli/run.js for the unbundled compiled modules) in its own process, scanning the checks of
 * every CIS framework (every check with BENCH_ALL=1) in BENCH_REGIONS against AWS_ENDPOINT_URL and writing the command's default outputs
 * (CSV, JSON-OCSF, HTML and the compliance CSVs; BENCH_MODES changes them). scripts/bench-probe.mjs, loaded
 * into that process, measures it from the inside: CPU time (user + system), time and CPU to its first AWS
 * request, requests, peak RSS. Prints one JSON line. BENCH_NODE_ARGS adds Node.js flags (--cpu-prof).
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const regions = (process.env.BENCH_REGIONS ?? 'us-east-1,eu-west-1,ap-southeast-2').split(',');
const modes = process.env.BENCH_MODES !== undefined ? process.env.BENCH_MODES.split(',').filter(Boolean) : ['csv', 'json-ocsf', 'html'];
const cis = (await readdir(join(root, 'src/compliance/data'))).filter((f) => /^cis_\d.*_aws\.json$/.test(f)).map((f) => f.replace(/\.json$/, ''));
const dir = await mkdtemp(join(tmpdir(), 'prowl-bench-'));
const probeFile = join(dir, 'probe.json');
const entry = resolve(root, process.env.BENCH_ENTRY ?? 'bin/prowl.js');
// BENCH_ALL=1: every check prowl has (no --compliance), as `prowl aws` with no selection runs.
const selection = process.env.BENCH_ALL === '1' ? [] : ['--compliance', ...cis];
const args = ['aws', '-b', '--no-progress', '-z', '-f', ...regions, ...selection, '-o', join(dir, 'out'), '-F', 'bench'];
if (modes.length) args.push('-M', ...modes);
if (process.env.BENCH_ROLE) args.push('-R', process.env.BENCH_ROLE);
try {
  const code = await new Promise((resolve, reject) => {
    // BENCH_NODE_ARGS adds Node.js flags to the measured process (e.g. "--cpu-prof --cpu-prof-dir=prof").
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, '--import', join(root, 'scripts/bench-probe.mjs'), entry, ...args], {
      env: { ...process.env, BENCH_PROBE_FILE: probeFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (c) => (c === 0 ? resolve(c) : reject(new Error(`prowl exited ${c}: ${err.slice(-2000)}`))));
  });
  const p = JSON.parse(await readFile(probeFile, 'utf8'));
  // Findings: records of the CSV report, parsed (cells such as the remediation code span several lines).
  let findings = 0;
  try {
    const records = createReadStream(join(dir, 'out', 'bench.csv')).pipe(parse({ delimiter: ';', from_line: 2 }));
    for await (const _ of records) findings++;
  } catch {
    /* no CSV among BENCH_MODES */
  }
  console.log(JSON.stringify({
    exitCode: code,
    findings,
    wallSeconds: +(p.wallMs / 1000).toFixed(2),
    cpuSeconds: +((p.cpuUserMs + p.cpuSystemMs) / 1000).toFixed(2),
    cpuUserSeconds: +(p.cpuUserMs / 1000).toFixed(2),
    cpuSystemSeconds: +(p.cpuSystemMs / 1000).toFixed(2),
    firstRequestMs: p.firstRequestMs === null ? null : Math.round(p.firstRequestMs),
    cpuToFirstRequestMs: p.cpuAtFirstRequestMs === null ? null : Math.round(p.cpuAtFirstRequestMs),
    apiCalls: p.requests,
    repeatedRequests: p.repeatedRequests,
    ...(p.repeatedExamples?.length ? { repeatedExamples: p.repeatedExamples } : {}),
    peakRssMB: p.peakRssMB,
  }));
} finally {
  await rm(dir, { recursive: true, force: true });
}

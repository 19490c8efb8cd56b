/**
 * One verdict everywhere: for one scan (the demo inventory, through the CLI as a user runs it), the
 * requirement counts per status are the same in the console table, the compliance CSV, the HTML report's
 * embedded verdicts and what the OCSF findings give when fed to the same verdict function.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, runCli } from '../../test/helpers/cli.js';
import { loadBuiltinChecks } from '../registry.js';
import { getFramework, type Framework } from './index.js';
import { ComplianceTracker, scopeOf, STATE_ORDER, type RequirementStatus } from './verdict.js';
import { frameworkLabel } from '../outputs/common.js';
import type { Status } from '../core/types.js';

const FRAMEWORKS = ['cis_7.0_aws', 'cis_2.0_aws', 'aws_foundational_security_best_practices_aws', 'pci_4.0_aws', 'mitre_attack_aws'];
const INVENTORY = new URL('../../demo/inventory.json', import.meta.url).pathname;
type Counts = Record<RequirementStatus, number>;
const zero = (): Counts => Object.fromEntries(STATE_ORDER.map((s) => [s, 0])) as Counts;

let dir: string;
let stdout: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prowl-verdict-'));
  const r = await runCli(['aws', '--from-inventory', INVENTORY, '--compliance', ...FRAMEWORKS, '-M', 'csv', 'html', 'json-ocsf', '-o', dir, '-F', 'scan', '--no-banner']);
  expect([0, 3], r.stderr).toContain(r.code);
  stdout = r.stdout;
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The console's "Total requirements" row of a framework: PASS FAIL ERROR MANUAL N/IMPL N/RUN. */
function consoleCounts(f: Framework): Counts {
  const start = stdout.indexOf(`(${f.id})`);
  expect(start, `console table of ${f.id}`).toBeGreaterThan(0);
  const line = stdout.slice(start).split('\n').find((l) => l.startsWith('│ Total requirements'))!;
  const [pass, fail, error, manual, notImpl, notRun] = line.split('│').slice(2, 8).map((c) => Number(c.trim()));
  return { ...zero(), PASS: pass, FAIL: fail, ERROR: error, MANUAL: manual, 'NOT IMPLEMENTED': notImpl, 'NOT RUN': notRun };
}

/** Reduce the compliance CSV's rows per requirement by the verdict's order (muted rows left out). */
async function csvCounts(f: Framework): Promise<Counts> {
  const rows = parseCsv(await readFile(join(dir, 'compliance', `scan_${f.id}.csv`), 'utf8'));
  const worst = new Map<string, RequirementStatus>();
  for (const r of rows) {
    const status = r.STATUS as RequirementStatus;
    expect(STATE_ORDER).toContain(status);
    if (!worst.has(r.REQUIREMENTS_ID)) worst.set(r.REQUIREMENTS_ID, 'PASS');
    if (r.MUTED === 'True') continue;
    if (STATE_ORDER.indexOf(status) < STATE_ORDER.indexOf(worst.get(r.REQUIREMENTS_ID)!)) worst.set(r.REQUIREMENTS_ID, status);
  }
  expect(worst.size, `${f.id}: every requirement is in the CSV`).toBe(f.requirements.length);
  const out = zero();
  for (const s of worst.values()) out[s]++;
  return out;
}

async function htmlCounts(f: Framework): Promise<Counts> {
  const html = await readFile(join(dir, 'scan.html'), 'utf8');
  const b64 = /id="prowl-meta" data-encoding="gzip\+base64">([^<]*)<\/script>/.exec(html)![1];
  const meta = JSON.parse(gunzipSync(Buffer.from(b64, 'base64')).toString('utf8')) as { frameworks: Array<{ id: string; requirements: Array<{ status: RequirementStatus }> }> };
  const fw = meta.frameworks.find((x) => x.id === f.id)!;
  expect(fw.requirements).toHaveLength(f.requirements.length);
  const out = zero();
  for (const r of fw.requirements) out[r.status]++;
  return out;
}

/** Feed the OCSF findings back through the one verdict function. */
async function ocsfCounts(f: Framework): Promise<Counts> {
  const findings = JSON.parse(await readFile(join(dir, 'scan.ocsf.json'), 'utf8')) as Array<{
    metadata: { event_code: string };
    status_code: Status;
    status: string;
    unmapped: { compliance: Record<string, string[]> };
  }>;
  const implemented = (await loadBuiltinChecks()).map((c) => c.id);
  const selected = new Set(FRAMEWORKS.flatMap((id) => getFramework(id)!.requirements.flatMap((r) => r.checks)).filter((c) => implemented.includes(c)));
  const tracker = new ComplianceTracker([f], scopeOf(implemented, selected));
  const label = frameworkLabel(f);
  for (const o of findings) {
    const reqs = o.unmapped.compliance[label] ?? [];
    tracker.add({
      checkId: o.metadata.event_code,
      status: o.status_code,
      muted: o.status === 'Suppressed',
      compliance: reqs.length ? [{ framework: f.id, requirements: reqs }] : [{ framework: 'elsewhere', requirements: [] }],
    });
  }
  return tracker.counts(f);
}

describe('one requirement verdict in every output of one scan', () => {
  for (const id of FRAMEWORKS) {
    it(`${id}: console, compliance CSV, HTML and OCSF count the same`, async () => {
      const f = getFramework(id)!;
      const c = consoleCounts(f);
      expect(Object.values(c).reduce((a, b) => a + b, 0)).toBe(f.requirements.length);
      expect(await csvCounts(f)).toEqual(c);
      expect(await htmlCounts(f)).toEqual(c);
      expect(await ocsfCounts(f)).toEqual(c);
    });
  }

  it('reports what prowl cannot evaluate as NOT IMPLEMENTED, never PASS, and FAILs something in the demo', () => {
    const pci = consoleCounts(getFramework('pci_4.0_aws')!);
    expect(pci['NOT IMPLEMENTED']).toBeGreaterThan(0);
    expect(consoleCounts(getFramework('cis_7.0_aws')!).FAIL).toBeGreaterThan(0);
    expect(consoleCounts(getFramework('cis_7.0_aws')!)['NOT IMPLEMENTED']).toBe(0);
  });
});

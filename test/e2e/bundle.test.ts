/**
 * The bundled `prowl` command (scripts/build.mjs): built here into a scratch folder beside bundle/, then run
 * as a user runs it. Its check catalogue is generated from the files on disk, so a check file added to the
 * tree is in the next build without anyone editing a list; the SDK clients it loads hold only what the
 * sources import from them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMoto, type Moto } from '../helpers/moto.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// A folder directly in the package root, like bundle/, so the bundle finds package.json and demo/ as it does there.
const OUT = join(ROOT, `.bundle-test-${process.pid}`);
const tmp = mkdtempSync(join(tmpdir(), 'prowl-bundle-'));
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NO_COLOR: '1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: '/nonexistent',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
};
const prowl = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(OUT, 'prowl.js'), ...args], { cwd: ROOT, env: { ...env, ...extra }, encoding: 'utf8', timeout: 300_000 });

/** Check ids of the source tree, read here independently of the build script: every <id>.ts in a checks folder but tests and helpers. */
function checkIdsOnDisk(): string[] {
  const services = join(ROOT, 'src/services');
  return readdirSync(services)
    .filter((svc) => existsSync(join(services, svc, 'checks')))
    .flatMap((svc) => readdirSync(join(services, svc, 'checks')))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !/\.(test|spec)[.-]/.test(f))
    .map((f) => basename(f, '.ts'))
    .sort();
}

let build: typeof import('../../scripts/build.mjs');
beforeAll(async () => {
  build = await import('../../scripts/build.mjs');
  await build.buildBundle({ outdir: OUT, quiet: true });
}, 900_000);
afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

describe('the bundled prowl command', () => {
  it('lists every check file of the source tree, and nothing else (the catalogue is generated, not written by hand)', () => {
    const r = prowl(['aws', '--list-checks-json']);
    expect(r.status, r.stderr).toBe(0);
    const listed = (JSON.parse(r.stdout) as { aws: string[] }).aws.slice().sort();
    const onDisk = checkIdsOnDisk();
    expect(onDisk.length).toBeGreaterThan(300);
    expect(listed.filter((id) => !onDisk.includes(id))).toEqual([]);
    expect(onDisk.filter((id) => !listed.includes(id))).toEqual([]);
  });

  it('ships source maps beside its chunks, and loads each AWS SDK client as a chunk of its own', () => {
    const files = readdirSync(OUT);
    const js = files.filter((f) => f.endsWith('.js'));
    for (const f of js) expect(files, f).toContain(`${f}.map`);
    expect(js.some((f) => f.startsWith('client-ec2-'))).toBe(true);
    // The entry point itself holds no SDK client code: a --help or a listing never loads one.
    expect(readFileSync(join(OUT, 'prowl.js'), 'utf8')).not.toMatch(/DescribeSecurityGroups/);
  });

  it('keeps from an SDK package only the operations the sources call (client-ec2 has about 700)', () => {
    const ec2 = readdirSync(OUT).find((f) => f.startsWith('client-ec2-') && f.endsWith('.js'))!;
    const text = readFileSync(join(OUT, ec2), 'utf8');
    // An operation's schema is an array whose first element is 9: `var DescribeVpcs$ = [\n  9, ...`.
    const operations = [...text.matchAll(/^var (\w+)\$ = \[\s*9,/gm)].map((m) => m[1]).sort();
    const called = [...(build.sdkImports().get('@aws-sdk/client-ec2') ?? [])]
      .filter((n) => /Command$|^paginate/.test(n))
      .map((n) => n.replace(/Command$/, '').replace(/^paginate/, ''));
    expect(operations).toContain('DescribeSecurityGroups');
    expect(operations.filter((op) => !called.includes(op))).toEqual([]);
    expect(new Set(operations).size).toBe(new Set(called).size);
  });

  it('every name the sources take from an SDK package exists in that package', async () => {
    const used = build.sdkImports();
    expect(used.get('@aws-sdk/client-ec2')).toContain('EC2Client');
    for (const [pkg, names] of used) {
      if (!names) continue;
      const mod = (await import(pkg)) as Record<string, unknown>;
      expect([...names].filter((n) => !(n in mod)), pkg).toEqual([]);
    }
  });

  it('runs the demo scan', () => {
    const r = prowl(['aws', '--demo', '-b', '-o', join(tmp, 'demo'), '-M', 'csv', 'json-ocsf']);
    expect(r.status, r.stderr).toBe(3);
    const csv = readdirSync(join(tmp, 'demo')).find((f) => f.endsWith('.csv'))!;
    const rows = readFileSync(join(tmp, 'demo', csv), 'utf8').trim().split('\n');
    expect(rows.length).toBeGreaterThan(100);
    expect(r.stdout).toMatch(/FAIL/);
  });

  it('loads custom checks from -x', () => {
    const r = prowl(['aws', '--demo', '-b', '-x', 'examples/custom-checks', '-c', 's3_bucket_name_has_company_prefix', '-M', 'csv', '-o', join(tmp, 'custom')]);
    expect([0, 3], r.stderr).toContain(r.status);
    const csv = readdirSync(join(tmp, 'custom')).find((f) => f.endsWith('.csv'));
    expect(csv).toBeDefined();
    expect(readFileSync(join(tmp, 'custom', csv!), 'utf8')).toMatch(/s3_bucket_name_has_company_prefix/);
  });

  describe('against moto', () => {
    let moto: Moto;
    beforeAll(async () => {
      moto = await startMoto();
    }, 180_000);
    afterAll(async () => moto?.stop());

    it('a CIS scan calls AWS through the bundled SDK clients: no ERROR comes from missing SDK code', { timeout: 600_000 }, () => {
      const out = join(tmp, 'moto');
      const r = prowl(['aws', '-b', '--no-progress', '-f', 'us-east-1', '--compliance', 'cis_7.0_aws', '-M', 'csv', '-o', out, '-F', 'scan'], moto.env);
      expect([0, 3], r.stderr).toContain(r.status);
      const csv = readFileSync(join(out, 'scan.csv'), 'utf8');
      expect(csv.split('\n').length).toBeGreaterThan(20);
      // The SDK code a check needs, left out of the bundle, would fail as "x is not a function/constructor".
      expect(csv).not.toMatch(/is not a (function|constructor)|Cannot read properties of undefined|TypeError/);
      expect(csv).toMatch(/iam_password_policy/);
    });
  });
});

import { mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../core/evaluate.js';
import { buildComplianceIndex, getFramework } from '../compliance/index.js';
import { parseMutelist } from '../mutelist/index.js';
import { passwordPolicy } from '../services/iam/collectors.js';
import minLength14 from '../services/iam/checks/iam_password_policy_minimum_length_14.js';
import { ACCOUNT, FixtureInventory } from '../../test/helpers/check.js';
import { createWriters, OUTPUT_MODES, Summary } from './index.js';

describe('createWriters', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-outputs-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('opens one writer per mode with Prowler-style extensions', async () => {
    expect(OUTPUT_MODES).toEqual(['csv', 'json-ocsf', 'html', 'json-asff', 'junit-xml', 'json', 'text', 'mono']);
    const ctx = { account: { accountId: ACCOUNT, partition: 'aws', identityArn: 'arn:aws:iam::123456789012:user/a' }, prowlVersion: '1.2.3' };
    const writers = await createWriters(['csv', 'json-ocsf', 'csv', 'html'], join(dir, 'empty'), ctx);
    expect(writers.map((w) => w.path)).toEqual([join(dir, 'empty.csv'), join(dir, 'empty.ocsf.json'), join(dir, 'empty.html')]);
    for (const w of writers) await w.close();
    expect(JSON.parse(await readFile(join(dir, 'empty.ocsf.json'), 'utf8'))).toEqual([]);
  });

  it('every file format fails on close when its file cannot be written, even with no findings', async () => {
    const ctx = { account: { accountId: ACCOUNT, partition: 'aws', identityArn: '' }, prowlVersion: '1.2.3' };
    const modes = OUTPUT_MODES.filter((m) => m !== 'text');
    const writers = await createWriters(modes, join(dir, 'no-such-dir', 'scan'), ctx);
    for (const w of writers) await expect(w.close(), w.path).rejects.toThrow(/ENOENT/);
  });

  it('carries a muted finding from the mutelist through evaluation to every output and the summary', async () => {
    const fixture = new FixtureInventory().set(passwordPolicy, { exists: false });
    const muter = parseMutelist(
      `Mutelist:\n  Accounts:\n    "${ACCOUNT}":\n      Checks:\n        "iam_password_policy_.*":\n          Regions: ["*"]\n          Resources: ["*"]\n          Description: SSO only, no IAM users\n`,
      'mutelist.yaml',
    );
    const cis = getFramework('cis_7.0_aws')!;
    const summary = new Summary([cis], new Map([[minLength14.id, minLength14]]), { color: false });
    const writers = await createWriters(['csv', 'json-ocsf'], join(dir, 'scan'), { account: fixture.inventory.meta.account, prowlVersion: '1.2.3' });
    const findings = [...evaluate([minLength14], fixture.inventory, { compliance: buildComplianceIndex(), muter })];
    expect(findings).toHaveLength(1);
    for (const f of findings) {
      summary.add(f);
      for (const w of writers) await w.write(f, minLength14);
    }
    for (const w of writers) await w.close();

    const csv = await readFile(join(dir, 'scan.csv'), 'utf8');
    expect(csv.split('\n')[1]).toContain(`;FAIL;${findings[0].statusExtended};True;`);
    const [event] = JSON.parse(await readFile(join(dir, 'scan.ocsf.json'), 'utf8'));
    expect(event).toMatchObject({ status: 'Suppressed', status_code: 'FAIL', unmapped: { muted_by: 'SSO only, no IAM users' } });
    expect(summary.requirementStatus('cis_7.0_aws', '2.8')).toBe('PASS');
    expect(summary.render()).toContain('0 PASS, 0 FAIL, 1 MUTED');
  });
});

describe('output files: hostile values and hostile folders', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-outfiles-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const ctx = { account: { accountId: ACCOUNT, partition: 'aws', identityArn: 'arn:aws:iam::123456789012:user/a' }, prowlVersion: '1.2.3' };
  const findings = () => [...evaluate([minLength14], new FixtureInventory().set(passwordPolicy, { exists: false }).inventory, { compliance: buildComplianceIndex() })];

  it('neutralises terminal control characters and bidi overrides from AWS values in every file format', async () => {
    const [f] = findings();
    const evil = 'bucket\u001b[2J\u001b]0;pwned\u0007-\u202egpj.exe\u2066x\r\ny';
    const hostile = { ...f, statusExtended: `Bucket ${evil} fails.`, resource: { ...f.resource, id: evil, name: evil, tags: { [`k${evil}`]: evil } } };
    const modes = OUTPUT_MODES.filter((m) => m !== 'text');
    const writers = await createWriters(modes, join(dir, 'hostile'), ctx);
    for (const w of writers) {
      await w.write(hostile, minLength14);
      await w.close();
    }
    for (const w of writers) {
      const raw = await readFile(w.path, w.path.endsWith('.html') ? 'latin1' : 'utf8');
      // eslint-disable-next-line no-control-regex
      expect(raw, w.path).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
      expect(raw, w.path).not.toMatch(/\\u001b|\\u202e|\\u2066|&#27;|&#x1b;/i);
    }
    const csv = await readFile(join(dir, 'hostile.csv'), 'utf8');
    expect(csv).toContain('bucket?[2J?]0;pwned?-?gpj.exe?x  y');
  });

  it('writes through a temporary file, renamed when complete: nothing under the final name before close, no temporary file after', async () => {
    const [f] = findings();
    const writers = await createWriters(['csv', 'json-ocsf', 'junit-xml', 'mono'], join(dir, 'atomic'), ctx);
    for (const w of writers) await w.write(f, minLength14);
    for (const w of writers) await expect(stat(w.path), w.path).rejects.toThrow(/ENOENT/);
    for (const w of writers) await w.close();
    for (const w of writers) {
      const st = await stat(w.path);
      expect(st.mode & 0o777, w.path).toBe(0o600);
    }
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write through a symbolic link in the output folder, leaving its target untouched', async () => {
    const target = join(dir, 'victim.txt');
    await writeFile(target, 'precious\n');
    await symlink(target, join(dir, 'linked.csv'));
    await expect(createWriters(['csv'], join(dir, 'linked'), ctx)).rejects.toThrow(/refusing to write .*linked\.csv: it is a symbolic link/);
    expect(await readFile(target, 'utf8')).toBe('precious\n');
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineCheck, type Check } from '../src/core/check.js';
import { defineFact } from '../src/core/fact.js';
import { evaluate, variantsFor } from '../src/core/evaluate.js';
import { Inventory } from '../src/core/inventory.js';
import { buildComplianceIndex } from '../src/compliance/index.js';
import { parseConfig } from '../src/config.js';
import { makeCatalogue } from '../src/registry.js';
import { select } from '../src/core/select.js';
import { UserError } from '../src/cli/errors.js';
import { FixtureInventory } from './helpers/check.js';

const users = defineFact<Array<{ name: string; idleDays: number }>>({
  id: 'iam.fakeUsers',
  service: 'iam',
  scope: 'global',
  operation: 'iam:ListUsers',
  collect: async () => [],
});

function fakeCheck(id: string, extra: Partial<Check> = {}): Check {
  return defineCheck({
    id,
    title: `Fake check ${id} for engine tests`,
    service: id.split('_')[0],
    severity: 'medium',
    resourceType: 'AwsIamUser',
    categories: ['identity-access'],
    description: 'A check used only to exercise the engine in tests.',
    risk: 'None: it exists only in the test suite of prowl.',
    remediation: { text: 'Nothing to remediate here.' },
    uses: [users],
    params: { max_unused_access_keys_days: 45 },
    run(ctx) {
      const r = ctx.global(users);
      if (!r.ok) return ctx.error(ctx.accountResource(), r.error);
      const max = Number(ctx.params.max_unused_access_keys_days);
      for (const u of r.data) {
        const res = { arn: `arn:aws:iam::123456789012:user/${u.name}`, id: u.name, region: ctx.homeRegion };
        if (u.idleDays > max) ctx.fail(res, `${u.name} idle ${u.idleDays} days (max ${max})`);
        else ctx.pass(res, `${u.name} idle ${u.idleDays} days (max ${max})`);
      }
    },
    ...extra,
  });
}

describe('evaluation with per-framework parameters', () => {
  // iam_user_accesskey_unused is mapped by CIS 1.2/1.3 with 90 days and by later versions with the 45-day default.
  const check = fakeCheck('iam_user_accesskey_unused');
  const compliance = buildComplianceIndex();
  const fx = new FixtureInventory().set(users, [{ name: 'alice', idleDays: 60 }]);

  it('runs once with defaults when no framework is in scope, counting towards the frameworks that use them', () => {
    const v = variantsFor(check, { compliance });
    expect(v).toHaveLength(1);
    const fws = v[0].compliance.map((c) => c.framework);
    expect(fws).toContain('cis_7.0_aws');
    expect(fws).not.toContain('cis_1.2_aws');
  });

  it('evaluates 60 idle days as FAIL for CIS 7.0 and PASS for CIS 1.2 in the same scan', () => {
    const findings = [...evaluate([check], fx.inventory, { compliance, frameworksInScope: ['cis_1.2_aws', 'cis_7.0_aws'] })];
    expect(findings).toHaveLength(2);
    const for12 = findings.find((f) => f.compliance.some((c) => c.framework === 'cis_1.2_aws'))!;
    const for70 = findings.find((f) => f.compliance.some((c) => c.framework === 'cis_7.0_aws'))!;
    expect(for12.status).toBe('PASS');
    expect(for12.compliance.map((c) => c.framework).sort()).toEqual(['cis_1.2_aws', 'cis_1.3_aws']);
    expect(for70.status).toBe('FAIL');
    expect(for12.uid).not.toBe(for70.uid);
  });

  it('the config file overrides the default', () => {
    const [f] = evaluate([check], fx.inventory, { compliance, config: { [check.id]: { max_unused_access_keys_days: 30 } } });
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('max 30');
  });

  it('a fact that was never collected gives ERROR, not PASS', () => {
    const empty = new FixtureInventory();
    const [f] = evaluate([check], empty.inventory, { compliance });
    expect(f.status).toBe('ERROR');
    expect(f.error?.code).toBe('NotCollected');
  });

  it('a default ERROR message says what happened to the call', () => {
    const timedOut = new FixtureInventory().set(users, { error: { kind: 'Timeout', code: 'TimeoutError', operation: 'iam:ListUsers', message: 'x' } });
    const [f] = evaluate([check], timedOut.inventory, { compliance });
    expect(f.statusExtended).toBe('Could not evaluate: iam:ListUsers timed out (TimeoutError).');
  });

  it('fills in resource tags the check did not report, before the mutelist judges the finding', () => {
    const tagged: Record<string, Record<string, string>> = {
      'arn:aws:s3:::reports': { env: 'prod' },
      'arn:aws:s3:::scratch': { env: 'dev' },
    };
    const reporter = fakeCheck('s3_bucket_tags_probe', {
      run: (ctx) => {
        ctx.fail({ arn: 'arn:aws:s3:::reports', id: 'reports', region: 'us-east-1' }, 'no tags of its own');
        ctx.fail({ arn: 'arn:aws:s3:::scratch', id: 'scratch', region: 'us-east-1', tags: { owner: 'me' } }, 'tags of its own');
        ctx.fail({ arn: 'arn:aws:s3:::plain', id: 'plain', region: 'us-east-1' }, 'no tags anywhere');
      },
    });
    const findings = [
      ...evaluate([reporter], fx.inventory, {
        compliance,
        resourceTags: (arn) => tagged[arn],
        muter: { match: (f) => (f.resource.tags?.env === 'prod' ? 'production is accepted' : undefined) },
      }),
    ];
    expect(findings.map((f) => [f.resource.id, f.resource.tags, f.muted])).toEqual([
      ['reports', { env: 'prod' }, true],
      ['scratch', { owner: 'me' }, false],
      ['plain', undefined, false],
    ]);
  });

  it('a check that throws reports ERROR instead of aborting the scan', () => {
    const broken = fakeCheck('iam_broken_check', { run: () => { throw new Error('boom'); } });
    const findings = [...evaluate([broken, check], fx.inventory, { compliance })];
    expect(findings[0]).toMatchObject({ checkId: 'iam_broken_check', status: 'ERROR' });
    expect(findings[1].checkId).toBe('iam_user_accesskey_unused');
  });

  it('finding ids are stable across evaluations', () => {
    const a = [...evaluate([check], fx.inventory, { compliance })].map((f) => f.uid);
    const b = [...evaluate([check], fx.inventory, { compliance })].map((f) => f.uid);
    expect(a).toEqual(b);
  });
});

describe('inventory', () => {
  it('round-trips through a file, errors included', async () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1']).set(users, { error: { kind: 'AccessDenied', code: 'AccessDenied', operation: 'iam:ListUsers', message: 'no' } });
    const file = join(await mkdtemp(join(tmpdir(), 'prowl-inv-')), 'inv.json');
    await fx.inventory.save(file);
    const back = await Inventory.load(file);
    expect(back.meta).toEqual(fx.inventory.meta);
    expect(back.get(users)).toEqual(fx.inventory.get(users));
  });
  it('refuses a file that is not an inventory', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'prowl-inv-')), 'x.json');
    await (await import('node:fs/promises')).writeFile(file, '{"hello": 1}');
    await expect(Inventory.load(file)).rejects.toThrow(/not a prowl inventory/);
    await (await import('node:fs/promises')).writeFile(file, 'null');
    await expect(Inventory.load(file)).rejects.toThrow(/not a prowl inventory/);
  });
  it('refuses a damaged inventory up front, naming what is wrong', async () => {
    const { writeFile } = await import('node:fs/promises');
    const good = JSON.parse(JSON.stringify(new FixtureInventory().set(users, []).inventory));
    const file = join(await mkdtemp(join(tmpdir(), 'prowl-inv-')), 'x.json');
    await writeFile(file, JSON.stringify({ ...good, facts: null }));
    await expect(Inventory.load(file)).rejects.toThrow(/^malformed inventory: .*x\.json: facts: /);
    await writeFile(file, JSON.stringify({ ...good, meta: { ...good.meta, account: undefined } }));
    await expect(Inventory.load(file)).rejects.toThrow(/^malformed inventory: .*x\.json: meta\.account: /);
    // An account id that would lead report files out of -o, a fact without its data, an error without its fields.
    await writeFile(file, JSON.stringify({ ...good, meta: { ...good.meta, account: { ...good.meta.account, accountId: '../../../tmp/x' } } }));
    await expect(Inventory.load(file)).rejects.toThrow(/^malformed inventory: .*x\.json: meta\.account\.accountId: an account id is 12 digits/);
    await writeFile(file, JSON.stringify({ ...good, meta: { ...good.meta, regions: ['us-east-1/../..'] } }));
    await expect(Inventory.load(file)).rejects.toThrow(/meta\.regions\.0: not a region name/);
    await writeFile(file, JSON.stringify({ ...good, facts: { 'iam.users': { global: { ok: true } } } }));
    await expect(Inventory.load(file)).rejects.toThrow(/^malformed inventory: .*: facts\.iam\.users\.global/);
    await writeFile(file, JSON.stringify({ ...good, facts: { 'iam.users': { global: { ok: false, error: { kind: 'AccessDenied' } } } } }));
    await expect(Inventory.load(file)).rejects.toThrow(/^malformed inventory: .*: facts\.iam\.users\.global/);
    await writeFile(file, '{"meta": {"format": "prowl-inventory/1"');
    await expect(Inventory.load(file)).rejects.toThrow(/^malformed inventory: .*x\.json: not JSON/);
    await writeFile(file, JSON.stringify(good));
    expect((await Inventory.load(file)).get(users)).toEqual({ ok: true, data: [] });
  });
  it('is saved readable by its owner only, through a temporary file, never through a symbolic link', async () => {
    const { lstat, readdir, readFile, symlink, writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp(join(tmpdir(), 'prowl-inv-'));
    const inv = new FixtureInventory().set(users, []).inventory;
    await inv.save(join(dir, 'inv.json'));
    expect((await lstat(join(dir, 'inv.json'))).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['inv.json']);
    await writeFile(join(dir, 'target.txt'), 'keep');
    await symlink(join(dir, 'target.txt'), join(dir, 'link.json'));
    await expect(inv.save(join(dir, 'link.json'))).rejects.toThrow(/symbolic link/);
    expect(await readFile(join(dir, 'target.txt'), 'utf8')).toBe('keep');
  });
});

describe('config file', () => {
  const checks = [fakeCheck('iam_user_accesskey_unused'), fakeCheck('iam_other_check', { params: { min_password_length: 14 } })];
  it('applies aws-wide and per-check parameters', () => {
    const cfg = parseConfig('aws:\n  max_unused_access_keys_days: 60\nchecks:\n  iam_other_check:\n    min_password_length: 20\n', 'c.yaml', checks);
    expect(cfg).toEqual({ iam_user_accesskey_unused: { max_unused_access_keys_days: 60 }, iam_other_check: { min_password_length: 20 } });
  });
  it('rejects wrong types with the line', () => {
    expect(() => parseConfig('checks:\n  iam_other_check:\n    min_password_length: "x"\n', 'c.yaml', checks)).toThrow(/c\.yaml:3: min_password_length must be a number/);
    expect(() => parseConfig('aws: [1\n', 'c.yaml', checks)).toThrow(UserError);
  });
  it('rejects a section that is not a mapping instead of ignoring it', () => {
    expect(() => parseConfig('aws:\n  - max_unused_access_keys_days\n', 'c.yaml', checks)).toThrow(/c\.yaml:2: aws must be a mapping/);
    expect(() => parseConfig('checks:\n  iam_other_check: 20\n', 'c.yaml', checks)).toThrow(/c\.yaml:2: checks\.iam_other_check must be a mapping/);
    expect(parseConfig('aws:\nchecks:\n', 'c.yaml', checks)).toEqual({});
  });
  it('refuses NaN, infinite, negative and absurd numbers, and YAML alias bombs, as usage errors (exit 2)', () => {
    for (const [value, msg] of [['.nan', /max_unused_access_keys_days must be a number, not NaN/], ['.inf', /must be a finite number/], ['-5', /must not be negative \(got -5\)/], ['99999999999', /is too large/]] as const) {
      let err: unknown;
      try {
        parseConfig(`aws:\n  max_unused_access_keys_days: ${value}\n`, 'c.yaml', [fakeCheck('iam_user_accesskey_unused', { params: { max_unused_access_keys_days: 45 } })]);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).exitCode).toBe(2);
      expect((err as Error).message).toMatch(msg);
    }
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`), 'aws: {}'].join('\n');
    let err: unknown;
    try {
      parseConfig(bomb, 'bomb.yaml', []);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^bomb\.yaml: refused: .*too many YAML aliases/);
  });
});

describe('selection', () => {
  const catalogue = makeCatalogue([
    fakeCheck('iam_root_mfa_enabled', { severity: 'critical' }),
    fakeCheck('iam_avoid_root_usage', { severity: 'high' }),
    fakeCheck('s3_bucket_default_encryption', { categories: ['encryption'] }),
  ]);
  it('intersects selectors, then filters severity and exclusions', () => {
    expect(select(catalogue, { services: ['iam'] }).checks.map((c) => c.id)).toEqual(['iam_avoid_root_usage', 'iam_root_mfa_enabled']);
    expect(select(catalogue, { services: ['iam'], severities: ['critical'] }).checks.map((c) => c.id)).toEqual(['iam_root_mfa_enabled']);
    expect(select(catalogue, { categories: ['encryption'] }).checks.map((c) => c.id)).toEqual(['s3_bucket_default_encryption']);
    expect(select(catalogue, { excludedServices: ['s3'], excludedChecks: ['check11'] }).checks.map((c) => c.id)).toEqual(['iam_root_mfa_enabled']);
  });
  it('resolves Prowler 2 ids and reports unknown names with suggestions', () => {
    expect(select(catalogue, { checks: ['check113'] }).checks.map((c) => c.id)).toEqual(['iam_root_mfa_enabled']);
    expect(() => select(catalogue, { services: ['iamm'] })).toThrow(/unknown service iamm \(did you mean iam/);
    expect(() => select(catalogue, { severities: ['urgent'] })).toThrow(/unknown severity urgent/);
    expect(() => select(catalogue, { compliance: ['cis_9.9_aws'] })).toThrow(/unknown compliance framework/);
    expect(() => select(catalogue, { checks: ['apigateway_restapi_waf_acl_attached'] })).toThrow(/not implemented in prowl yet/);
  });
  it('--compliance records the frameworks in scope', () => {
    const s = select(catalogue, { compliance: ['cis_4.0.1_aws'] });
    expect(s.frameworks).toEqual(['cis_4.0_aws']);
    expect(s.checks.map((c) => c.id)).toContain('iam_root_mfa_enabled');
  });
  it('a framework named twice (by id and by alias) is in scope once', () => {
    expect(select(catalogue, { compliance: ['cis_4.0_aws', 'cis_4.0.1_aws', 'cis_1.2_aws'] }).frameworks).toEqual(['cis_4.0_aws', 'cis_1.2_aws']);
  });
});

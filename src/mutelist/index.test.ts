import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ResourceRef } from '../core/types.js';
import { globStars } from './patterns.js';
import { loadMutelist, MutelistError, parseMutelist, tagString } from './index.js';

const ACCOUNT = '123456789012';
const OTHER = '210987654321';

function finding(over: Partial<Omit<Finding, 'resource'>> & { resource?: Partial<ResourceRef> } = {}): Finding {
  const region = over.region ?? 'us-east-1';
  const resource: ResourceRef = { arn: `arn:aws:iam::${ACCOUNT}:user/alice`, id: 'alice', name: 'alice', region, ...over.resource };
  return {
    uid: 'u1',
    checkId: 'iam_user_mfa_enabled_console_access',
    status: 'FAIL',
    statusExtended: 'User alice has no MFA.',
    accountId: ACCOUNT,
    region,
    muted: false,
    compliance: [],
    timestamp: '2026-11-01T12:00:00.000Z',
    ...over,
    resource,
  };
}

/** Build a YAML mutelist with one check entry (body lines are indented under the check key). */
const yamlFor = (account: string, check: string, body: string) =>
  `Mutelist:\n  Accounts:\n    "${account}":\n      Checks:\n        "${check}":\n${body
    .trim()
    .split('\n')
    .map((l) => `          ${l}`)
    .join('\n')}\n`;

/** The error a parse throws (fails the test when it does not throw). */
function parseError(text: string, file = 'mutelist.yaml'): MutelistError {
  try {
    parseMutelist(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(MutelistError);
    expect((e as Error).message).not.toContain('\n');
    return e as MutelistError;
  }
  throw new Error('expected a MutelistError');
}

describe('YAML mutelist', () => {
  it('mutes every account with "*" and returns the Description', () => {
    const m = parseMutelist(
      yamlFor('*', 'iam_user_mfa_enabled_console_access', `Regions: ["*"]\nResources: ["alice"]\nDescription: break-glass user, MFA in the safe`),
      'm.yaml',
    );
    expect(m.format).toBe('yaml');
    expect(m.match(finding())).toBe('break-glass user, MFA in the safe');
    expect(m.match(finding({ accountId: OTHER }))).toBe('break-glass user, MFA in the safe');
    expect(m.match(finding({ resource: { arn: `arn:aws:iam::${ACCOUNT}:user/bob`, id: 'bob', name: 'bob' } }))).toBeUndefined();
    expect(m.match(finding({ checkId: 'iam_root_mfa_enabled' }))).toBeUndefined();
  });

  it('labels entries without a Description as "mutelist: account/check"', () => {
    const m = parseMutelist(yamlFor(ACCOUNT, 'iam_*', `Regions: ["*"]\nResources: ["*"]`), 'm.yaml');
    expect(m.match(finding())).toBe(`mutelist: ${ACCOUNT}/iam_*`);
  });

  it('applies a specific account only to that account', () => {
    const m = parseMutelist(yamlFor(ACCOUNT, 'iam_user_mfa_enabled_console_access', `Regions: ["*"]\nResources: ["*"]`), 'm.yaml');
    expect(m.match(finding())).toBeDefined();
    expect(m.match(finding({ accountId: OTHER }))).toBeUndefined();
  });

  it('keeps the leading zero of an unquoted account id', () => {
    const text = `Mutelist:\n  Accounts:\n    012345678901:\n      Checks:\n        "*":\n          Regions: ["*"]\n          Resources: ["*"]\n`;
    const m = parseMutelist(text, 'm.yaml');
    expect(m.match(finding({ accountId: '012345678901' }))).toBeDefined();
    expect(m.match(finding({ accountId: '123456789012' }))).toBeUndefined();
  });

  it('treats check keys and values as unanchored regexes with glob stars', () => {
    const m = parseMutelist(yamlFor('*', 'iam_user_.*', `Regions: ["eu-*"]\nResources: ["prod-*"]`), 'm.yaml');
    const prod = { arn: `arn:aws:iam::${ACCOUNT}:user/prod-api`, id: 'prod-api', name: 'prod-api' };
    expect(m.match(finding({ region: 'eu-west-1', resource: prod }))).toBeDefined();
    expect(m.match(finding({ region: 'us-east-1', resource: prod }))).toBeUndefined();
    expect(m.match(finding({ region: 'eu-west-1', resource: { arn: 'arn:aws:iam::1:user/product', id: 'product', name: 'product' } }))).toBeUndefined();
    expect(m.match(finding({ region: 'eu-west-1', checkId: 'iam_root_mfa_enabled', resource: prod }))).toBeUndefined();
  });

  it('matches Resources against the ARN, the id or the name', () => {
    const m = parseMutelist(yamlFor('*', '*', `Regions: ["*"]\nResources: ["^sg-0abc$", "web-tier", "arn:aws:s3:::logs-bucket"]`), 'm.yaml');
    expect(m.match(finding({ resource: { arn: 'arn:aws:ec2:us-east-1:1:security-group/sg-0abc', id: 'sg-0abc', name: 'default' } }))).toBeDefined();
    expect(m.match(finding({ resource: { arn: 'arn:aws:ec2:us-east-1:1:security-group/sg-1', id: 'sg-1', name: 'web-tier' } }))).toBeDefined();
    expect(m.match(finding({ resource: { arn: 'arn:aws:s3:::logs-bucket', id: 'logs-bucket', name: undefined } }))).toBeDefined();
    expect(m.match(finding({ resource: { arn: 'arn:aws:ec2:us-east-1:1:security-group/sg-2', id: 'sg-2', name: 'db' } }))).toBeUndefined();
  });

  it('ANDs tag entries and ORs alternatives within one entry', () => {
    const m = parseMutelist(yamlFor('*', '*', `Regions: ["*"]\nResources: ["*"]\nTags: ["env=dev|env=test", "team=core"]`), 'm.yaml');
    const withTags = (tags: Record<string, string>) => finding({ resource: { tags } });
    expect(m.match(withTags({ env: 'dev', team: 'core' }))).toBeDefined();
    expect(m.match(withTags({ team: 'core', env: 'test' }))).toBeDefined();
    expect(m.match(withTags({ env: 'prod', team: 'core' }))).toBeUndefined();
    expect(m.match(withTags({ env: 'dev' }))).toBeUndefined();
    expect(m.match(finding())).toBeUndefined();
  });

  it('does not mute findings matched by Exceptions', () => {
    const m = parseMutelist(
      yamlFor(
        '*',
        'iam_*',
        `Regions: ["*"]\nResources: ["*"]\nExceptions:\n  Accounts: ["${OTHER}"]\n  Regions: ["eu-west-1", "eu-central-1"]`,
      ),
      'm.yaml',
    );
    expect(m.match(finding())).toBeDefined(); // account not excepted
    expect(m.match(finding({ accountId: OTHER, region: 'us-east-1' }))).toBeDefined(); // region not excepted
    expect(m.match(finding({ accountId: OTHER, region: 'eu-west-1' }))).toBeUndefined(); // both match: excepted
  });

  it('excepts by tag and by resource', () => {
    const m = parseMutelist(
      yamlFor('*', '*', `Regions: ["*"]\nResources: ["*"]\nExceptions:\n  Resources: ["critical-"]\n  Tags: ["env=prod"]`),
      'm.yaml',
    );
    expect(m.match(finding({ resource: { id: 'critical-db', name: 'critical-db', tags: { env: 'prod' } } }))).toBeUndefined();
    expect(m.match(finding({ resource: { id: 'critical-db', name: 'critical-db', tags: { env: 'dev' } } }))).toBeDefined();
  });

  it('tries the account block before "*" and stops at an exception in that block', () => {
    const text = `Mutelist:
  Accounts:
    "${ACCOUNT}":
      Checks:
        "iam_.*":
          Regions: ["*"]
          Resources: ["*"]
          Exceptions:
            Regions: ["us-east-1"]
          Description: account rule
        "iam_user_.*":
          Regions: ["*"]
          Resources: ["*"]
          Description: second account rule
    "*":
      Checks:
        "iam_.*":
          Regions: ["us-east-1"]
          Resources: ["alice"]
          Description: star rule
`;
    const m = parseMutelist(text, 'm.yaml');
    expect(m.size).toBe(3);
    expect(m.match(finding({ region: 'eu-west-1' }))).toBe('account rule');
    // Excepted by the first account rule: the rest of the account block is skipped, the "*" block still applies.
    expect(m.match(finding())).toBe('star rule');
    expect(m.match(finding({ resource: { id: 'bob', name: 'bob', arn: 'arn:aws:iam::1:user/bob' } }))).toBeUndefined();
  });

  it('maps lambda_ check keys to awslambda_ and Prowler 2 ids to their Prowler 5 checks', () => {
    const m = parseMutelist(
      `Mutelist:\n  Accounts:\n    "*":\n      Checks:\n        "lambda_function_url_public":\n          Regions: ["*"]\n          Resources: ["*"]\n        "check12":\n          Regions: ["*"]\n          Resources: ["*"]\n`,
      'm.yaml',
    );
    expect(m.match(finding({ checkId: 'awslambda_function_url_public' }))).toBeDefined();
    expect(m.match(finding({ checkId: 'iam_user_mfa_enabled_console_access' }))).toBe('mutelist: */check12');
    expect(m.match(finding({ checkId: 'iam_root_mfa_enabled' }))).toBeUndefined();
  });
});

describe('malformed YAML mutelists', () => {
  it('reports YAML syntax errors with the line', () => {
    const e = parseError('Mutelist:\n  Accounts:\n    "*":\n      Checks: {\n        x: [1,\n', 'bad.yaml');
    expect(e.message).toMatch(/^bad\.yaml:\d+: invalid YAML: /);
  });

  it('reports duplicate keys with their line', () => {
    const e = parseError('Mutelist:\n  Accounts:\n    "*":\n      Checks: {}\n    "*":\n      Checks: {}\n');
    expect(e.message).toBe('mutelist.yaml:5: invalid YAML: Map keys must be unique');
  });

  it('hints at quoting a bare * (a YAML alias)', () => {
    const e = parseError(yamlFor('*', '*', 'Regions: [*]\nResources: ["*"]'));
    expect(e.message).toMatch(/^mutelist\.yaml:6: invalid YAML: .*quote a lone \* as "\*"/);
  });

  it('rejects a wrong top-level key, naming Prowler 3 Allowlist', () => {
    expect(parseError('Allowlist:\n  Accounts: {}\n').message).toBe(
      'mutelist.yaml:1: expected a top-level "Mutelist:" key (rename Prowler 3\'s "Allowlist:" to "Mutelist:")',
    );
    expect(parseError('mutelist:\n  Accounts: {}\n').message).toMatch(/^mutelist\.yaml:1: expected a top-level "Mutelist:" key$/);
  });

  it('rejects a wrong shape with the line of the offending value', () => {
    const e = parseError(yamlFor('*', 'iam_*', 'Regions: us-east-1\nResources: ["*"]'));
    expect(e.message).toBe('mutelist.yaml:6: Mutelist.Accounts."*".Checks."iam_*".Regions: expected a list, e.g. ["*"]');
  });

  it('rejects unknown keys (typos) with their line', () => {
    const e = parseError(yamlFor('*', 'iam_*', 'Regions: ["*"]\nResource: ["*"]'));
    expect(e.message).toBe('mutelist.yaml:7: Mutelist.Accounts."*".Checks."iam_*": unknown key "Resource"');
  });

  it('requires Regions and Resources to be non-empty', () => {
    expect(parseError(yamlFor('*', 'iam_*', 'Regions: ["*"]')).message).toMatch(/^mutelist\.yaml:5: .*\.Resources: missing \(expected array\)$/);
    expect(parseError(yamlFor('*', 'iam_*', 'Regions: []\nResources: ["*"]')).message).toMatch(
      /^mutelist\.yaml:6: .*Regions: Regions must list at least one pattern/,
    );
  });

  it('rejects account keys that are not 12-digit ids or "*"', () => {
    const e = parseError(yamlFor('prod', 'iam_*', 'Regions: ["*"]\nResources: ["*"]'));
    expect(e.message).toBe('mutelist.yaml:3: Mutelist.Accounts.prod: an account must be a 12-digit AWS account id or "*"');
  });

  it('rejects invalid regular expressions with their line', () => {
    const e = parseError(yamlFor('*', 'iam_*', 'Regions: ["*"]\nResources:\n  - ok\n  - "(unclosed"'));
    expect(e.message).toBe('mutelist.yaml:9: invalid regular expression "(unclosed": missing closing )');
  });

  it('rejects an invalid regex used as a check key, with the key line', () => {
    const e = parseError(yamlFor('*', 'iam_[', 'Regions: ["*"]\nResources: ["*"]'));
    expect(e.message).toMatch(/^mutelist\.yaml:5: invalid regular expression "iam_\[": /);
  });

  it('rejects patterns over 500 characters (ReDoS guard)', () => {
    const e = parseError(yamlFor('*', '*', `Regions: ["*"]\nResources: ["${'a'.repeat(501)}"]`));
    expect(e.message).toBe('mutelist.yaml:7: pattern is 501 characters long (the limit is 500)');
  });

  it('rejects an empty file', () => {
    expect(parseError('# nothing here\n\n').message).toBe('mutelist.yaml: the mutelist is empty');
  });
});

describe('Prowler 2 text mutelist', () => {
  it('reads account:check:resource and check:resource lines, with comments', () => {
    const m = parseMutelist(
      [
        '# Prowler 2 allowlist',
        `${ACCOUNT}:iam_user_mfa_enabled_console_access:alice`,
        '',
        'iam_root_mfa_enabled:.*',
        `*:s3_bucket_default_encryption:arn:aws:s3:::logs-.*`,
      ].join('\n'),
      'allowlist.txt',
    );
    expect(m.format).toBe('prowler2');
    expect(m.size).toBe(3);
    expect(m.match(finding())).toBe(`mutelist: ${ACCOUNT}/iam_user_mfa_enabled_console_access (line 2)`);
    expect(m.match(finding({ accountId: OTHER }))).toBeUndefined();
    expect(m.match(finding({ accountId: OTHER, checkId: 'iam_root_mfa_enabled', region: 'ap-south-1' }))).toBeDefined();
    const bucket = (name: string) => ({ arn: `arn:aws:s3:::${name}`, id: name, name });
    expect(m.match(finding({ checkId: 's3_bucket_default_encryption', resource: bucket('logs-2026') }))).toBeDefined();
    expect(m.match(finding({ checkId: 's3_bucket_default_encryption', resource: bucket('data') }))).toBeUndefined();
  });

  it('keeps the colons of an ARN in check:resource lines', () => {
    const m = parseMutelist('s3_bucket_public_access:arn:aws:s3:::www-site\n', 'a.txt');
    expect(m.match(finding({ checkId: 's3_bucket_public_access', resource: { arn: 'arn:aws:s3:::www-site', id: 'www-site' } }))).toBeDefined();
  });

  it('maps Prowler 2 check ids', () => {
    const m = parseMutelist(`${ACCOUNT}:check12:alice\n`, 'a.txt');
    expect(m.match(finding())).toBeDefined();
    expect(parseError('check999:alice\n', 'a.txt').message).toBe('a.txt:1: unknown Prowler 2 check id check999');
  });

  it('reports malformed lines with their number', () => {
    expect(parseError('# c\niam_root_mfa_enabled:x\nno-colon-here\n', 'a.txt').message).toMatch(/^a\.txt:3: expected <check_id>:<resource_regex>/);
    expect(parseError('iam_root_mfa_enabled:\n', 'a.txt').message).toBe('a.txt:1: missing resource regex (use * for every resource)');
    expect(parseError('iam_root_mfa_enabled:(x\n', 'a.txt').message).toMatch(/^a\.txt:1: invalid regular expression "\(x": /);
  });
});

describe('loadMutelist', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-mutelist-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads a file and names it in errors', async () => {
    const ok = join(dir, 'ok.yaml');
    await writeFile(ok, '\uFEFF' + yamlFor('*', '*', 'Regions: ["*"]\nResources: ["*"]'));
    expect((await loadMutelist(ok)).match(finding())).toBe('mutelist: */*');
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, yamlFor('*', '*', 'Regions: ["*"]'));
    await expect(loadMutelist(bad)).rejects.toThrow(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:5: `));
    await expect(loadMutelist(join(dir, 'missing.yaml'))).rejects.toThrow(/^cannot read mutelist .*missing\.yaml: ENOENT$/);
  });
});

describe('helpers', () => {
  it('rewrites glob stars but keeps regex quantifiers', () => {
    expect(globStars('*')).toBe('.*');
    expect(globStars('prod-*')).toBe('prod-.*');
    expect(globStars('.*')).toBe('.*');
    expect(globStars('(a|b)*')).toBe('(a|b)*');
    expect(globStars('[*]x')).toBe('[*]x');
    expect(globStars('a\\d*')).toBe('a\\d*');
    expect(globStars('a\\*')).toBe('a\\*');
  });

  it('renders tags as Prowler does', () => {
    expect(tagString({ env: 'dev', team: 'core' })).toBe('env=dev | team=core');
    expect(tagString(undefined)).toBe('');
  });
});

describe('hostile and huge mutelists', () => {
  it('matches catastrophic-backtracking patterns in linear time (RE2 semantics)', () => {
    const ml = parseMutelist(
      yamlFor('*', '*', 'Regions: ["*"]\nResources: ["(a+)+$", "^([a-z0-9]+-?)+$"]\nTags: ["owner=(x+x+)+y"]'),
      'evil.yaml',
    );
    const long = `${'a'.repeat(40_000)}!`;
    const t0 = performance.now();
    expect(ml.match(finding({ resource: { arn: long, id: long, name: long, tags: { owner: `${'x'.repeat(40_000)}z` } } }))).toBeUndefined();
    expect(ml.match(finding({ resource: { arn: `${'ab-'.repeat(10_000)}_`, id: 'x_', name: 'x_' } }))).toBeUndefined();
    // A backtracking engine takes minutes (exponential) here; RE2 is linear in the value's length.
    expect(performance.now() - t0).toBeLessThan(5_000);
    // Still regexes with Prowler's meaning: the first pattern matches a run of a's at the end.
    expect(ml.match(finding({ resource: { arn: 'arn:x:baaa', id: 'baaa', name: 'baaa', tags: { owner: 'xxy' } } }))).toBe('mutelist: */*');
  });

  it('refuses a YAML alias bomb as a usage error', () => {
    const lines = ['x0: &a0 ["*", "*", "*", "*", "*", "*", "*", "*", "*", "*"]'];
    for (let i = 1; i < 9; i++) lines.push(`x${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const e = parseError(`${lines.join('\n')}\nMutelist:\n  Accounts: {}\n`);
    expect(e.message).toMatch(/^mutelist\.yaml: refused: .*too many YAML aliases/);
  });

  it('refuses lookarounds and backreferences, which a linear-time engine cannot run', () => {
    const e = parseError(yamlFor('*', '*', 'Regions: ["*"]\nResources: ["(?=admin)a", "x"]'));
    expect(e.message).toMatch(/^mutelist\.yaml:7: invalid regular expression "\(\?=admin\)a": .*lookarounds and backreferences are not supported/);
  });

  it('matches glob and anchored literal patterns exactly as the regex would', () => {
    const ml = parseMutelist(yamlFor('*', 'iam_*', 'Regions: ["^eu-.*-1$"]\nResources: ["^prod-*-db$", "logs\\\\.example"]'), 'm.yaml');
    const res = (id: string, region = 'eu-west-1') => ml.match(finding({ region, resource: { arn: id, id, name: id } }));
    expect(res('prod-orders-db')).toBeDefined();
    expect(res('prod-db')).toBeUndefined(); // "^prod-.*-db$" needs both dashes
    expect(res('xprod-orders-db')).toBeUndefined();
    expect(res('prod-orders-db', 'eu-west-2')).toBeUndefined();
    expect(res('s3://logs.example/x')).toBeDefined();
    expect(res('s3://logsXexample/x')).toBeUndefined();
  });

  it('a 100,000-line mutelist loads and matches 2,000 findings in seconds (rules indexed by account and check)', () => {
    const checks = Array.from({ length: 200 }, (_, i) => `check_number_${i}`);
    const lines: string[] = [];
    // Mostly "any account" lines, as teams write them: unindexed, every finding was tested against all of them.
    for (let i = 0; i < 100_000; i++) lines.push(`${i % 10 ? '' : `${100000000000 + (i % 50)}:`}${checks[i % 200]}:resource-${i}-.*`);
    lines.push('check_number_7:^special$');
    const t0 = performance.now();
    const ml = parseMutelist(lines.join('\n'), 'big.txt');
    expect(ml.size).toBe(100_001);
    let muted = 0;
    for (let i = 0; i < 2_000; i++) {
      const id = i % 2 ? `resource-${i}-x` : 'unmatched';
      if (ml.match(finding({ accountId: String(100000000000 + (i % 50)), checkId: checks[i % 200], resource: { arn: id, id, name: id } }))) muted++;
    }
    expect(ml.match(finding({ accountId: '100000000003', checkId: 'check_number_7', resource: { arn: 'special', id: 'special', name: 'special' } }))).toContain('*/check_number_7');
    const seconds = (performance.now() - t0) / 1000;
    expect(muted).toBe(1_000);
    // Generous for a loaded machine (a few seconds on an idle one); testing every rule per finding took many minutes.
    expect(seconds).toBeLessThan(90);
  }, 180_000);

  it('a 30,000-line YAML mutelist loads in seconds (no quadratic duplicate-key check)', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => `        "check_${i % 300}_${i}":\n          Regions: ["*"]\n          Resources: ["bucket-${i}"]`);
    const text = `Mutelist:\n  Accounts:\n    "*":\n      Checks:\n${entries.join('\n')}\n`;
    const t0 = performance.now();
    const ml = parseMutelist(text, 'big.yaml');
    expect(ml.size).toBe(10_000);
    expect(ml.match(finding({ checkId: 'check_5_5', resource: { arn: 'bucket-5', id: 'bucket-5', name: 'bucket-5' } }))).toBe('mutelist: */check_5_5');
    expect((performance.now() - t0) / 1000).toBeLessThan(60);
  }, 120_000);
});

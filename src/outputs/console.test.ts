import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Check } from '../core/check.js';
import type { Finding, Severity, Status } from '../core/types.js';
import type { Framework } from '../compliance/index.js';
import { formatFindingLine, Summary } from './console.js';

const ANSI = /\x1b\[[0-9;]*m/;

/** A finding of `checkId` counting towards `refs` ("fw:req"). */
function finding(checkId: string, status: Status, refs: string[] = [], extra: Partial<Finding> = {}): Finding {
  const compliance = new Map<string, string[]>();
  for (const ref of refs) {
    const [fw, req] = ref.split(':');
    compliance.set(fw, [...(compliance.get(fw) ?? []), req]);
  }
  return {
    uid: `${checkId}-${Math.random()}`,
    checkId,
    status,
    statusExtended: `${checkId} says ${status}.`,
    accountId: '123456789012',
    region: 'us-east-1',
    resource: { arn: 'arn:aws:iam::123456789012:root', id: '123456789012', region: 'us-east-1' },
    muted: false,
    compliance: [...compliance].map(([framework, requirements]) => ({ framework, requirements })),
    timestamp: '2026-11-01T12:00:00.000Z',
    ...extra,
  };
}

const info = (service: string, severity: Severity) => ({ service, severity }) as Pick<Check, 'service' | 'severity'>;

const framework: Framework = {
  id: 'test_1.0_aws',
  family: 'TEST',
  name: 'Test Benchmark',
  version: '1.0',
  provider: 'aws',
  requirements: [
    { id: '1.1', section: '1 Identity', profile: 'Level 1', assessment: 'Automated', checks: ['a'] }, // FAIL
    { id: '1.2', section: '1 Identity', profile: 'Level 1', assessment: 'Automated', checks: ['b'] }, // ERROR
    { id: '1.3', section: '1 Identity', profile: 'Level 1', assessment: 'Manual', checks: [] }, // MANUAL (no checks)
    { id: '1.4', section: '1 Identity', profile: 'Level 1', assessment: 'Automated', checks: ['c'] }, // PASS
    { id: '2.1', section: '2 Logging', profile: 'Level 1', assessment: 'Automated', checks: ['not_selected'] }, // NOT RUN
    { id: '2.2', section: '2 Logging', profile: 'Level 1', assessment: 'Automated', checks: ['e'] }, // PASS (no resources)
    { id: '2.3', section: '2 Logging', profile: 'Level 1', assessment: 'Automated', checks: ['a', 'b'] }, // FAIL beats ERROR
    { id: '2.4', section: '2 Logging', profile: 'Level 1', assessment: 'Automated', checks: ['f'] }, // PASS (FAIL muted)
    { id: '2.5', section: '2 Logging', profile: 'Level 2', assessment: 'Manual', checks: ['m'] }, // MANUAL (only MANUAL findings)
    { id: '2.6', section: '2 Logging', profile: 'Level 1', assessment: 'Automated', checks: ['v'] }, // NOT RUN (other variant only)
    { id: '2.7', section: '2 Logging', profile: 'Level 1', assessment: 'Automated', checks: ['c', 'not_in_prowl'] }, // NOT IMPLEMENTED (never PASS)
  ],
};

const checks = new Map([
  ['a', info('iam', 'high')],
  ['b', info('iam', 'medium')],
  ['c', info('s3', 'critical')],
  ['e', info('rds', 'low')],
  ['f', info('s3', 'critical')],
  ['m', info('account', 'medium')],
  ['v', info('iam', 'low')],
]);

function scenario(): Summary {
  const s = new Summary([framework], checks, { color: false, implemented: [...checks.keys(), 'not_selected'] });
  const fw = framework.id;
  s.add(finding('a', 'FAIL', [`${fw}:1.1`, `${fw}:2.3`]));
  s.add(finding('a', 'PASS', [`${fw}:1.1`, `${fw}:2.3`]));
  s.add(finding('b', 'ERROR', [`${fw}:1.2`, `${fw}:2.3`]));
  s.add(finding('b', 'PASS', [`${fw}:1.2`, `${fw}:2.3`]));
  s.add(finding('c', 'PASS', [`${fw}:1.4`, `${fw}:2.7`]));
  s.add(finding('c', 'FAIL', [`${fw}:1.4`], { muted: true, mutedBy: 'ok' }));
  s.add(finding('f', 'FAIL', [`${fw}:2.4`], { muted: true }));
  s.add(finding('m', 'MANUAL', [`${fw}:2.5`]));
  s.add(finding('v', 'FAIL', ['other_fw:9.9'])); // ran only with another framework's parameters
  return s;
}

describe('Summary', () => {
  it('derives requirement statuses', () => {
    const s = scenario();
    const status = (id: string) => s.requirementStatus(framework.id, id);
    expect(Object.fromEntries(framework.requirements.map((r) => [r.id, status(r.id)]))).toEqual({
      '1.1': 'FAIL',
      '1.2': 'ERROR',
      '1.3': 'MANUAL',
      '1.4': 'PASS',
      '2.1': 'NOT RUN',
      '2.2': 'PASS',
      '2.3': 'FAIL',
      '2.4': 'PASS',
      '2.5': 'MANUAL',
      '2.6': 'NOT RUN',
      '2.7': 'NOT IMPLEMENTED',
    });
  });

  it('renders the overview with unmuted counts and the Prowler 2 score', () => {
    const out = scenario().render();
    expect(out).not.toMatch(ANSI);
    // Unmuted: PASS 3 (a, b, c), FAIL 2 (a, v), MANUAL 1, ERROR 1; muted 2.
    expect(out).toContain('Findings: 3 PASS, 2 FAIL, 2 MUTED, 1 MANUAL, 1 ERROR (9 in all)');
    expect(out).toContain('Score: 60.0% (Prowler 2 score');
    // Correct plurals: "1 finding", never "1 finding(s)".
    expect(out.replace(/\s+/g, ' ')).toMatch(/ 1 finding could not be evaluated \(ERROR\): a call was denied or failed; see its message\./);
    expect(out).not.toMatch(/\(s\)/);
  });

  it('fits 80 columns: the compliance table wraps long section names, prose wraps at words', () => {
    const out = scenario().render();
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('renders FAIL counts by service and severity', () => {
    const out = scenario().render();
    const row = (service: string) => out.split('\n').find((l) => l.startsWith(`│ ${service} `))?.split('│').slice(1, -1).map((c) => c.trim());
    // Service | Critical | High | Medium | Low | FAIL total | PASS
    expect(row('iam')).toEqual(['iam', '0', '1', '0', '1', '2', '2']);
    expect(row('s3')).toEqual(['s3', '0', '0', '0', '0', '0', '1']); // its FAILs are muted
    expect(row('account')).toEqual(['account', '0', '0', '0', '0', '0', '0']);
    expect(out.indexOf('│ iam ')).toBeLessThan(out.indexOf('│ s3 ')); // most failures first
  });

  it('renders the compliance table per section with a score', () => {
    const out = scenario().render();
    expect(out).toContain('Compliance: Test Benchmark 1.0 (test_1.0_aws)');
    const row = (label: string) => out.split('\n').find((l) => l.startsWith(`│ ${label}`))?.split('│').slice(1, -1).map((c) => c.trim());
    // Section | PASS | FAIL | ERROR | MANUAL | N/IMPL | N/RUN | Score
    expect(row('1 Identity')).toEqual(['1 Identity', '1', '1', '1', '1', '0', '0', '33.3%']);
    expect(row('2 Logging')).toEqual(['2 Logging', '2', '1', '0', '1', '1', '2', '66.7%']);
    expect(row('Total requirements')).toEqual(['Total requirements', '3', '2', '1', '2', '1', '2', '50.0%']);
    // The compliance block fits 80 columns.
    expect(Math.max(...out.slice(out.indexOf('Compliance:')).split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('fits a long section name in 80 columns', () => {
    const long: Framework = { ...framework, id: 'long_aws', requirements: [{ ...framework.requirements[0], section: 'A very long section name that goes on and on (ABC-01)' }] };
    const s = new Summary([long], checks, { color: false });
    s.add(finding('a', 'FAIL', ['long_aws:1.1']));
    const out = s.render();
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(out).toContain('A very long section');
  });

  it('handles an empty scan', () => {
    const out = new Summary([], new Map(), { color: false }).render();
    expect(out).toContain('Findings: 0 PASS, 0 FAIL, 0 MUTED, 0 MANUAL, 0 ERROR (0 in all)');
    expect(out).toContain('Score: n/a');
    expect(out).not.toContain('Failed findings by service');
  });

  it('colours when asked', () => {
    const s = new Summary([framework], checks, { color: true });
    s.add(finding('a', 'FAIL', [`${framework.id}:1.1`]));
    expect(s.render()).toMatch(ANSI);
  });
});

describe('formatFindingLine', () => {
  it('prints status, region, check and message', () => {
    expect(formatFindingLine(finding('iam_root_mfa_enabled', 'PASS'), undefined, false)).toBe(
      'PASS    us-east-1       iam_root_mfa_enabled  iam_root_mfa_enabled says PASS.',
    );
    expect(formatFindingLine(finding('x_y', 'FAIL', [], { muted: true, mutedBy: 'accepted' }), undefined, false)).toBe(
      'FAIL    us-east-1       x_y  x_y says FAIL. (muted: accepted)',
    );
  });

  it('shows control characters from AWS values as "?" so they cannot drive the terminal', () => {
    const f = finding('x_y', 'FAIL', [], { statusExtended: 'Bucket \x1b[2Jbad\nname', muted: true, mutedBy: 'rule\x07' });
    expect(formatFindingLine(f, undefined, false)).toBe('FAIL    us-east-1       x_y  Bucket ?[2Jbad name (muted: rule?)');
  });

  it('colours by status', () => {
    const line = (status: Status) => formatFindingLine(finding('x_y', status), undefined, true);
    expect(line('PASS')).toContain('\x1b[32mPASS');
    expect(line('FAIL')).toContain('\x1b[31mFAIL');
    expect(line('MANUAL')).toContain('\x1b[33mMANUAL');
    expect(line('ERROR')).toContain('\x1b[35mERROR');
  });

  it('honours NO_COLOR by default (even with FORCE_COLOR)', () => {
    const module = fileURLToPath(new URL('./console.ts', import.meta.url));
    const code = `import(${JSON.stringify(module)}).then((m) => process.stdout.write(m.formatFindingLine({ status: 'FAIL', region: 'r', checkId: 'c', statusExtended: 'm', muted: false })))`;
    const run = (env: Record<string, string>) => {
      const { FORCE_COLOR: _f, NO_COLOR: _n, ...base } = process.env;
      const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { env: { ...base, ...env }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    expect(run({ FORCE_COLOR: '1' })).toMatch(ANSI);
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' })).toBe('FAIL    r               c  m');
  });
});

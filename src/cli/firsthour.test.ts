/**
 * A Prowler user's first hour, through the real CLI (child processes): the demo account for what needs
 * no AWS, moto for the live scan, the quick inventory and Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAccountAliasCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { parseCsv, runCli } from '../../test/helpers/cli.js';
import { startMoto, type Moto } from '../../test/helpers/moto.js';
import { handleInterrupt, onInterrupt, RESTORE_TERMINAL } from './interrupt.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const JS_ERROR_NAMES = /\b(SyntaxError|TypeError|RangeError|ReferenceError|\(Error\))/;

describe('first hour with the demo account', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-firsthour-'));
  });

  it('`prowl -c ...` means `prowl aws -c ...`, says what it scans before scanning, singular flags and --output-formats work', async () => {
    const res = await runCli(['--demo', '--check', 'iam_root_mfa_enabled', '--output-formats', 'csv', '-o', dir, '-F', 'one', '-b', '-z']);
    expect(res.stderr).not.toMatch(/internal error|unknown command/);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Scanning account 123456789012 from the built-in demo account/);
    expect(res.stdout).toMatch(/Identity: +arn:aws:sts::123456789012:user\/moto/);
    expect(res.stdout).toMatch(/Regions: +3 regions: ap-southeast-2, eu-west-1, us-east-1/);
    expect(res.stdout).toMatch(/Checks: +1 check; frameworks: CIS 7\.0/); // "1 check", not "1 checks"
    expect(res.stdout.indexOf('Scanning account')).toBeLessThan(res.stdout.indexOf('Overview'));
    const rows = parseCsv(await readFile(join(dir, 'one.csv'), 'utf8'));
    expect(new Set(rows.map((r) => r.CHECK_ID))).toEqual(new Set(['iam_root_mfa_enabled']));
    const svc = await runCli(['aws', '--demo', '--service', 's3', '--excluded-check', 's3_bucket_default_encryption', '-M', 'csv', '-o', dir, '-F', 'svc', '-b', '-z', '--no-progress']);
    const ids = new Set(parseCsv(await readFile(join(dir, 'svc.csv'), 'utf8')).map((r) => r.CHECK_ID));
    expect(svc.code).toBe(0);
    expect([...ids].every((id) => id.startsWith('s3_'))).toBe(true);
    expect(ids.has('s3_bucket_default_encryption')).toBe(false);
  }, 120_000);

  it('checks the output folder before scanning: a file in the way is exit 2 with nothing scanned', async () => {
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, 'x');
    const res = await runCli(['aws', '--demo', '-M', 'csv', '-o', join(blocker, 'reports'), '-b']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/cannot write reports to the output directory .*not-a-folder\/reports: a file is in the way \(checked before scanning/);
    expect(res.stdout).not.toMatch(/Overview|Scanning account/);
    if (process.getuid?.() !== 0) {
      const ro = join(dir, 'read-only');
      await mkdir(ro);
      await chmod(ro, 0o500);
      const denied = await runCli(['aws', '--demo', '-M', 'csv', '-o', ro, '-b']);
      expect(denied.code).toBe(2);
      expect(denied.stderr).toMatch(/permission denied/);
    }
  }, 60_000);

  it('the demo names its files by the time it runs, never over an earlier run, and its ERROR lines name no JavaScript error', async () => {
    const out = join(dir, 'demo');
    const first = await runCli(['aws', '--demo', '-M', 'csv', '-o', out, '-b', '-z', '--no-progress']);
    const second = await runCli(['aws', '--demo', '-M', 'csv', '-o', out, '-b', '-z', '--no-progress']);
    expect([first.code, second.code]).toEqual([0, 0]);
    const files = (await readdir(out)).filter((f) => f.endsWith('.csv')).sort();
    expect(files).toHaveLength(2);
    const today = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    for (const f of files) expect(f).toMatch(new RegExp(`^prowl-output-123456789012-${today}\\d{6}(-2)?\\.csv$`));
    const rows = parseCsv(await readFile(join(out, files[0]), 'utf8'));
    const errors = rows.filter((r) => r.STATUS === 'ERROR');
    expect(errors.length).toBeGreaterThan(0);
    for (const r of errors) expect(r.STATUS_EXTENDED).not.toMatch(JS_ERROR_NAMES);
    expect(first.stdout).not.toMatch(JS_ERROR_NAMES);
  }, 120_000);

  it('--resource-arn and --resource-tag report only those resources; --unix-timestamp; AUTH_METHOD names the method', async () => {
    const all = parseCsv(await readFile(join(dir, 'svc.csv'), 'utf8'));
    const arn = all.find((r) => r.RESOURCE_UID.startsWith('arn:aws:s3:::'))!.RESOURCE_UID;
    const res = await runCli(['aws', '--demo', '-s', 's3', '--resource-arn', arn, '--unix-timestamp', '-M', 'csv', '-o', dir, '-F', 'arn', '-b', '-z', '--no-progress']);
    expect(res.code).toBe(0);
    const rows = parseCsv(await readFile(join(dir, 'arn.csv'), 'utf8'));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.RESOURCE_UID))).toEqual(new Set([arn]));
    expect(rows.every((r) => /^\d{10}$/.test(r.TIMESTAMP))).toBe(true);
    expect(rows[0].AUTH_METHOD).toMatch(/^saved inventory/);
    expect(rows[0].CHECK_TYPE).toMatch(/^Software and Configuration Checks\/AWS Security Best Practices/);
    const bad = await runCli(['aws', '--demo', '--resource-tag', 'novalue', '-b']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--resource-tag novalue: expected Key=Value/);
  }, 120_000);

  it('--excluded-region with a typo is an error that suggests names, like -f', async () => {
    const res = await runCli(['aws', '--demo', '--excluded-region', 'eu-wset-1', '-b']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/unknown region eu-wset-1 \(did you mean eu-west-1/);
  }, 60_000);

  it('--config-file takes a Prowler config.yaml: unused keys are one warning, listed', async () => {
    const cfg = join(dir, 'config.yaml');
    await writeFile(cfg, 'aws:\n  mute_non_default_regions: False\n  max_unused_access_keys_days: 30\n  threat_detection_privilege_escalation_threshold: 0.2\n  insecure_key_algorithms: [RSA-1024]\nazure:\n  shodan_api_key: null\n');
    const res = await runCli(['aws', '--demo', '-c', 'iam_user_accesskey_unused', '--config-file', cfg, '-M', 'csv', '-o', dir, '-F', 'cfg', '-b', '-z', '--no-progress']);
    expect(res.code).toBe(0);
    const warnings = res.stderr.split('\n').filter((l) => /not used by prowl/.test(l));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/aws\.mute_non_default_regions, aws\.threat_detection_privilege_escalation_threshold, aws\.insecure_key_algorithms/);
  }, 60_000);

  it('--log-level, --log-file and --only-logs', async () => {
    const logFile = join(dir, 'prowl.log');
    const cfg = join(dir, 'config.yaml');
    const quietRun = await runCli(['aws', '--demo', '-c', 'iam_user_accesskey_unused', '--config-file', cfg, '--log-level', 'ERROR', '--log-file', logFile, '-M', 'csv', '-o', dir, '-b', '-z']);
    expect(quietRun.code).toBe(0);
    expect(quietRun.stderr).not.toMatch(/warning:/); // below ERROR
    const logged = await runCli(['aws', '--demo', '-c', 'iam_user_accesskey_unused', '--config-file', cfg, '--log-file', logFile, '--only-logs', '-M', 'csv', '-o', dir, '-z']);
    expect(logged.code).toBe(0);
    expect(logged.stdout).not.toMatch(/Overview|Scanning account|prowl v|read-only AWS/);
    expect(logged.stdout).toMatch(/warning: .*not used by prowl/);
    const lines = (await readFile(logFile, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { level: string; message: string; timestamp: string });
    expect(lines.some((l) => l.level === 'WARNING' && /not used by prowl/.test(l.message))).toBe(true);
    expect(await runCli(['aws', '--demo', '--log-level', 'LOUD', '-b'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown log level LOUD/) });
  }, 120_000);
});

describe('Ctrl-C', () => {
  it('restores the terminal, says "interrupted", runs the clean-ups and exits 130', async () => {
    const written: string[] = [];
    const stream = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    let cleaned = false;
    onInterrupt(async () => {
      cleaned = true;
    });
    const code = await new Promise<number>((resolve) => void handleInterrupt('SIGINT', { stream, exit: resolve }));
    expect(code).toBe(130);
    expect(cleaned).toBe(true);
    expect(written[0]).toBe(RESTORE_TERMINAL);
    expect(written.join('')).toMatch(/prowl: interrupted/);
  });
});

describe('first hour against moto', () => {
  let moto: Moto;
  let dir: string;
  beforeAll(async () => {
    moto = await startMoto();
    dir = await mkdtemp(join(tmpdir(), 'prowl-firsthour-live-'));
    await new IAMClient(moto.config()).send(new CreateAccountAliasCommand({ AccountAlias: 'acme-prod' }));
    await new SQSClient(moto.config('eu-west-1')).send(new CreateQueueCommand({ QueueName: 'orders', tags: { team: 'shop' } }));
  }, 120_000);
  afterAll(async () => moto?.stop());

  it('prints account, alias, identity, regions and checks before collecting; progress speaks of services and API calls', async () => {
    const res = await runCli(['aws', '-c', 'check11', '-f', 'us-east-1', 'eu-west-1', '-M', 'csv', '-o', dir, '-F', 'live', '-b'], moto.env);
    expect(res.stderr).not.toMatch(/internal error/);
    expect(res.stdout).toMatch(/Scanning account 123456789012 \(acme-prod\)/);
    expect(res.stdout).toMatch(/Identity: +arn:aws:sts::123456789012:user\/moto \(environment variables\)/);
    expect(res.stdout).toMatch(/Regions: +2 regions: eu-west-1, us-east-1/);
    expect(res.stderr).toMatch(/Collecting from 1 service in 2 regions/);
    expect(res.stderr).toMatch(/Collected 1 service in 2 regions with \d+ API calls? in/);
    expect(res.stderr).not.toMatch(/facts/);
    const rows = parseCsv(await readFile(join(dir, 'live.csv'), 'utf8'));
    expect(rows[0].AUTH_METHOD).toBe('environment variables');
    expect(rows[0].ACCOUNT_NAME).toBe('acme-prod');
  }, 120_000);

  it('-i counts resources per service and region and writes a CSV', async () => {
    const res = await runCli(['aws', '-i', '-f', 'us-east-1', 'eu-west-1', '-o', dir, '-F', 'inv'], moto.env);
    expect(res.stderr).not.toMatch(/internal error/);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/│ sqs +│ 1 +│ 1 +│/);
    const rows = parseCsv(await readFile(join(dir, 'inv.inventory.csv'), 'utf8'));
    expect(rows).toContainEqual({ ACCOUNT_UID: '123456789012', REGION: 'eu-west-1', SERVICE: 'sqs', RESOURCE_TYPE: 'orders', RESOURCE_ARN: 'arn:aws:sqs:eu-west-1:123456789012:orders' });
  }, 120_000);

  it('Ctrl-C during a live scan: "interrupted", exit 130, no report left behind', async () => {
    const out = join(dir, 'interrupted');
    const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}/src/cli/run.ts`, 'aws', '-M', 'csv', 'html', '-o', out, '-b'], {
      cwd: ROOT,
      env: { ...moto.env, NO_COLOR: '1', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        if (/Collecting from/.test(stderr)) resolve();
      });
      void exited.then(() => resolve());
    });
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/prowl: interrupted/);
    const left = (await readdir(out, { recursive: true })).filter((f) => /\.(csv|html)$/.test(String(f)));
    expect(left).toEqual([]);
  }, 120_000);
});

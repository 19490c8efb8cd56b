/**
 * A worker runs real scans: PostgreSQL for the store and queue, moto for AWS (AssumeRole there returns
 * credentials of the target account), a real SMTP server (smtp-server) and a local webhook receiver.
 */
import { createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { startMoto, type Moto } from '../helpers/moto.js';
import { testService, until, type TestService } from '../helpers/service.js';
import { startWorker, type WorkerHandle } from '../../src/service/worker.js';
import { checkWebhookUrl, isInternalAddress, webhookSignature } from '../../src/service/notify.js';

let moto: Moto;
let svc: TestService;
let worker: WorkerHandle;
let key: string;
let smtp: SMTPServer;
let smtpPort: number;
const mails: Array<{ from: string; to: string[]; raw: string; user?: string }> = [];
let hooks: Server;
let hookPort: number;
const received: Array<{ path: string; headers: Record<string, string | string[] | undefined>; body: string }> = [];

/** Unfold a message's header lines and decode RFC 2047 Q-encoded words, as a mail reader shows them. */
function readableHeaders(raw: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  return head
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_m, q: string) => Buffer.from(q.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'));
}

const CHECKS = ['iam_password_policy_minimum_length_14', 'iam_root_mfa_enabled', 'ec2_securitygroup_default_restrict_traffic'];

beforeAll(async () => {
  moto = await startMoto();
  Object.assign(process.env, moto.env);
  smtp = new SMTPServer({
    authOptional: false,
    onAuth(auth, _session, cb) {
      if (auth.username === 'mailer' && auth.password === 'mail-pass') cb(null, { user: auth.username });
      else cb(new Error('bad credentials'));
    },
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (d: Buffer) => (raw += d.toString('utf8')));
      stream.on('end', () => {
        mails.push({ from: String(session.envelope.mailFrom && session.envelope.mailFrom.address), to: session.envelope.rcptTo.map((r) => r.address), raw, user: session.user as string | undefined });
        cb();
      });
    },
    logger: false,
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
  smtpPort = (smtp.server.address() as { port: number }).port;
  hooks = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => hooks.listen(0, '127.0.0.1', () => r()));
  hookPort = (hooks.address() as { port: number }).port;
  svc = await testService({
    smtp: { host: '127.0.0.1', port: smtpPort, requireTLS: true, allowInvalidCert: true, user: 'mailer', pass: 'mail-pass', from: 'prowl <scans@example.test>' },
    allowPrivateWebhooks: true,
    publicUrl: 'https://prowl.example.test',
  });
  worker = await startWorker(svc.ctx, 'test-worker');
  key = await svc.tenantKey('acme');
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await svc?.close();
  await moto?.stop();
  smtp?.close();
  hooks?.close();
});

async function register(account: string, name: string): Promise<string> {
  const res = await svc.request('/v1/accounts', { method: 'POST', key, body: JSON.stringify({ name, role_arn: `arn:aws:iam::${account}:role/ProwlScanRole` }) });
  return ((await res.json()) as { id: string }).id;
}

describe('a worker scans through the role with the scan engine', () => {
  it('succeeds, stores every finding, keeps the report and a tar.gz of every output, and notifies by email, Slack and a signed webhook', async () => {
    const accountId = await register('111111111111', 'production');
    const res = await svc.request('/v1/scans', {
      method: 'POST',
      key,
      body: JSON.stringify({
        account_id: accountId,
        scan_name: 'first',
        checks: CHECKS,
        regions: ['us-east-1'],
        notify: { email: ['secops@example.test'], slack: [`http://127.0.0.1:${hookPort}/slack`], webhook: [{ url: `http://127.0.0.1:${hookPort}/hook`, secret: 'a-webhook-secret-of-16+' }] },
      }),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const done = await until(async () => {
      const v = (await (await svc.request(`/v1/scans/${id}`, { key })).json()) as { status: string; counts: Record<string, number>; aws_account_id: string; artifacts: Array<{ name: string }>; error?: string };
      return v.status === 'succeeded' || v.status === 'failed' ? v : undefined;
    }, 90_000);
    expect(done.error ?? null).toBeNull();
    expect(done.status).toBe('succeeded');
    // moto's AssumeRole answers with the target account's credentials: the scan saw account 111111111111.
    expect(done.aws_account_id).toBe('111111111111');
    const total = done.counts.PASS + done.counts.FAIL + done.counts.MANUAL + done.counts.ERROR;
    expect(total).toBeGreaterThan(0);

    // Findings: paged and filtered, every one stored once.
    const all: Array<{ uid: string; status: string; checkId: string }> = [];
    let cursor: string | null = null;
    do {
      const page = (await (await svc.request(`/v1/scans/${id}/findings?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { key })).json()) as { findings: typeof all; next_cursor: string | null };
      all.push(...page.findings);
      cursor = page.next_cursor;
    } while (cursor);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((f) => f.uid)).size).toBe(total);
    expect(new Set(all.map((f) => f.checkId))).toEqual(new Set(CHECKS));
    const fails = (await (await svc.request(`/v1/scans/${id}/findings?status=FAIL`, { key })).json()) as { findings: typeof all };
    expect(fails.findings.length).toBe(done.counts.FAIL);
    expect(fails.findings.every((f) => f.status === 'FAIL')).toBe(true);

    // Artifacts: the same single-file report the CLI writes, and every output in a tar.gz.
    expect(done.artifacts.map((a) => a.name).sort()).toEqual(['artifacts.tar.gz', 'report.html']);
    const html = await (await svc.request(`/v1/scans/${id}/report.html`, { key })).text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Content-Security-Policy');
    const tgz = Buffer.from(await (await svc.request(`/v1/scans/${id}/artifacts.tar.gz`, { key })).arrayBuffer());
    const tar = gunzipSync(tgz).toString('latin1');
    for (const ext of ['.csv', '.ocsf.json', '.asff.json', '.html']) expect(tar).toContain(`prowl-output-111111111111-${id}${ext}`);
    expect(tar).toMatch(/compliance\/[^\0]+cis_7\.0_aws\.csv/);

    // Notifications.
    await until(async () => (mails.length && received.length >= 2 ? true : undefined), 20_000);
    const mail = mails[0];
    expect(mail.user).toBe('mailer');
    expect(mail.to).toEqual(['secops@example.test']);
    expect(readableHeaders(mail.raw)).toMatch(/Subject: prowl scan "first" of production succeeded/);
    expect(mail.raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(new RegExp(`Content-Disposition: attachment; filename=prowl-report-${id}\\.html`));
    const slack = received.find((r) => r.path === '/slack')!;
    const payload = JSON.parse(slack.body) as { text: string; blocks: Array<{ type: string }> };
    expect(payload.text).toContain(`FAIL ${done.counts.FAIL}`);
    expect(payload.blocks.some((b) => b.type === 'actions')).toBe(true);
    const hook = received.find((r) => r.path === '/hook')!;
    const ts = String(hook.headers['x-prowl-timestamp']);
    expect(hook.headers['x-prowl-signature']).toBe(webhookSignature('a-webhook-secret-of-16+', ts, hook.body));
    expect(JSON.parse(hook.body).scan.scanId).toBe(id);
    const log = await until(async () => {
      const rows = await svc.ctx.db.query<{ kind: string; ok: boolean }>('SELECT kind, ok FROM notifications WHERE scan_id = $1 ORDER BY kind', [id]);
      return rows.length === 3 ? rows : undefined;
    }, 20_000);
    expect(log).toEqual([{ kind: 'email', ok: true }, { kind: 'slack', ok: true }, { kind: 'webhook', ok: true }]);
  }, 150_000);

  it('erases one-off access keys when the scan ends', async () => {
    const res = await svc.request('/v1/scans', { method: 'POST', key, body: JSON.stringify({ access_keys: { access_key_id: 'AKIATESTINGTESTING12', secret_access_key: 'testing-secret-key-value-123' }, checks: CHECKS.slice(0, 1), regions: ['us-east-1'] }) });
    const { id } = (await res.json()) as { id: string };
    const v = await until(async () => {
      const r = (await (await svc.request(`/v1/scans/${id}`, { key })).json()) as { status: string };
      return r.status === 'succeeded' || r.status === 'failed' ? r : undefined;
    }, 90_000);
    expect(v.status).toBe('succeeded');
    const [row] = await svc.ctx.db.query<{ sealed_credentials: string | null }>('SELECT sealed_credentials FROM scans WHERE id = $1', [id]);
    expect(row.sealed_credentials).toBeNull();
  }, 120_000);
});

describe('account validation', () => {
  it('assumes the role with the account external id, reads the identity and probes one read per service', async () => {
    const accountId = await register('333333333333', 'validated');
    const res = await svc.request(`/v1/accounts/${accountId}/validate`, { method: 'POST', key });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { assumed: boolean; account: string; identity: string; readable: string[]; unreadable: Array<{ service: string; operation: string; reason: string }> };
    expect(report.assumed).toBe(true);
    expect(report.account).toBe('333333333333');
    expect(report.readable).toEqual(expect.arrayContaining(['iam', 's3', 'ec2', 'kms']));
    expect(report.readable.length + report.unreadable.length).toBe(10);
    for (const u of report.unreadable) expect(u.operation).toMatch(/^[a-z0-9-]+:[A-Z]\w+$/);
    const stored = (await (await svc.request(`/v1/accounts/${accountId}`, { key })).json()) as { last_validation: { assumed: boolean } };
    expect(stored.last_validation.assumed).toBe(true);
  }, 60_000);
});

describe('webhook targets', () => {
  it('refuses loopback, link-local (instance metadata), private and unique-local addresses unless the operator allows them', async () => {
    for (const url of ['http://127.0.0.1:9/x', 'http://169.254.169.254/latest/meta-data/', 'http://10.1.2.3/', 'http://192.168.0.10/', 'http://172.20.0.1/', 'http://[::1]/', 'http://[fd00::1]/', 'http://localhost/']) {
      await expect(checkWebhookUrl(url), url).rejects.toThrow(/internal address/);
      await expect(checkWebhookUrl(url, true)).resolves.toBeUndefined();
    }
    await expect(checkWebhookUrl('file:///etc/passwd', true)).rejects.toThrow(/not allowed/);
    expect(isInternalAddress('8.8.8.8')).toBe(false);
    expect(isInternalAddress('::ffff:127.0.0.1')).toBe(true);
  });
});

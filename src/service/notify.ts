/**
 * Notifications when a scan ends: email over SMTP (nodemailer, STARTTLS and auth), a Slack incoming
 * webhook, and a generic webhook signed with HMAC-SHA256. Webhook URLs that point at loopback, link-local
 * (the instance metadata address), private or otherwise internal addresses are refused, after DNS
 * resolution, unless the operator allows them: a tenant must not make the service call its own network.
 */
import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { z } from 'zod';

export const notifyTargetsSchema = z
  .object({
    email: z.array(z.string().email()).max(20).optional(),
    slack: z.array(z.string().url()).max(5).optional(),
    webhook: z.array(z.object({ url: z.string().url(), secret: z.string().min(16).max(200) })).max(5).optional(),
  })
  .strict();
export type NotifyTargets = z.infer<typeof notifyTargetsSchema>;

export interface SmtpSettings {
  host: string;
  port: number;
  secure?: boolean;
  /** Require STARTTLS on a plain connection. */
  requireTLS?: boolean;
  user?: string;
  pass?: string;
  from: string;
  /** Accept a self-signed certificate (tests, internal relays). */
  allowInvalidCert?: boolean;
}

export interface ScanSummary {
  scanId: string;
  scanName?: string;
  tenant: string;
  accountId?: string;
  accountName?: string;
  status: string;
  counts: Record<string, number>;
  score?: number;
  error?: string;
  topFails: Array<{ checkId: string; severity: string; resource: string; message: string }>;
  link?: string;
}

export interface NotifyOptions {
  smtp?: SmtpSettings;
  /** Let webhooks reach private and loopback addresses (an operator's choice, off by default). */
  allowPrivateWebhooks?: boolean;
  /** The HTML report to attach to emails. */
  reportHtml?: () => Promise<Buffer | undefined>;
  fetchImpl?: typeof fetch;
}

export interface Delivery {
  kind: 'email' | 'slack' | 'webhook';
  target: string;
  ok: boolean;
  detail?: string;
}

/** Whether an IP address is one a tenant's webhook may not reach. */
export function isInternalAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a, b] = ip.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) || a >= 224;
  }
  const v6 = ip.toLowerCase();
  if (v6.startsWith('::ffff:')) return isInternalAddress(v6.slice(7));
  return v6 === '::' || v6 === '::1' || v6.startsWith('fe8') || v6.startsWith('fe9') || v6.startsWith('fea') || v6.startsWith('feb') || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('ff');
}

/** Refuse a webhook URL that is not http(s) or whose host resolves to an internal address. */
export async function checkWebhookUrl(url: string, allowPrivate = false): Promise<void> {
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`webhook ${u.protocol} URLs are not allowed`);
  if (allowPrivate) return;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const addrs = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  const bad = addrs.find(isInternalAddress);
  if (bad) throw new Error(`webhook host ${u.hostname} resolves to ${bad}, an internal address (an operator can allow it with --allow-private-webhooks)`);
}

const line = (s: ScanSummary) =>
  `prowl scan ${s.scanName ? `"${s.scanName}" ` : ''}of ${s.accountName ?? s.accountId ?? 'an account'} ${s.status}` +
  (s.score !== undefined ? `: score ${s.score.toFixed(1)}%` : '') +
  ` (PASS ${s.counts.PASS ?? 0}, FAIL ${s.counts.FAIL ?? 0}, ERROR ${s.counts.ERROR ?? 0}, MUTED ${s.counts.MUTED ?? 0})` +
  (s.error ? ` — ${s.error}` : '');

export function slackPayload(s: ScanSummary): object {
  const fails = s.topFails.slice(0, 5).map((f) => `• *${f.severity}* ${f.checkId}: ${f.resource}`).join('\n');
  return {
    text: line(s),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: `prowl: ${s.accountName ?? s.accountId ?? 'scan'} ${s.status}`.slice(0, 150) } },
      {
        type: 'section',
        fields: ['PASS', 'FAIL', 'ERROR', 'MUTED'].map((k) => ({ type: 'mrkdwn', text: `*${k}*\n${s.counts[k] ?? 0}` })),
      },
      ...(s.score !== undefined ? [{ type: 'section', text: { type: 'mrkdwn', text: `*Score* ${s.score.toFixed(1)}%` } }] : []),
      ...(fails ? [{ type: 'section', text: { type: 'mrkdwn', text: `*Top failures*\n${fails}`.slice(0, 2900) } }] : []),
      ...(s.link ? [{ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open the report' }, url: s.link }] }] : []),
    ],
  };
}

export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function emailBodies(s: ScanSummary): { text: string; html: string } {
  const rows = s.topFails.slice(0, 10);
  const text = [line(s), '', ...rows.map((f) => `- [${f.severity}] ${f.checkId} ${f.resource}: ${f.message}`), ...(s.link ? ['', s.link] : [])].join('\n');
  const html =
    `<p>${esc(line(s))}</p>` +
    (rows.length ? `<table border="1" cellpadding="4"><tr><th>Severity</th><th>Check</th><th>Resource</th><th>Finding</th></tr>${rows.map((f) => `<tr><td>${esc(f.severity)}</td><td>${esc(f.checkId)}</td><td>${esc(f.resource)}</td><td>${esc(f.message)}</td></tr>`).join('')}</table>` : '') +
    (s.link ? `<p><a href="${esc(s.link)}">Open the report</a></p>` : '');
  return { text, html };
}

/** Send every notification; each delivery's outcome is returned (a failed one never fails the scan). */
export async function notify(targets: NotifyTargets, summary: ScanSummary, opts: NotifyOptions): Promise<Delivery[]> {
  const out: Delivery[] = [];
  const doFetch = opts.fetchImpl ?? fetch;
  const post = async (url: string, body: string, headers: Record<string, string>) => {
    await checkWebhookUrl(url, opts.allowPrivateWebhooks);
    const res = await doFetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  };
  for (const url of targets.slack ?? []) {
    try {
      await post(url, JSON.stringify(slackPayload(summary)), {});
      out.push({ kind: 'slack', target: new URL(url).host, ok: true });
    } catch (e) {
      out.push({ kind: 'slack', target: new URL(url).host, ok: false, detail: (e as Error).message });
    }
  }
  for (const hook of targets.webhook ?? []) {
    const body = JSON.stringify({ event: 'scan.finished', scan: summary });
    const ts = String(Math.floor(Date.now() / 1000));
    try {
      await post(hook.url, body, { 'x-prowl-timestamp': ts, 'x-prowl-signature': webhookSignature(hook.secret, ts, body) });
      out.push({ kind: 'webhook', target: new URL(hook.url).host, ok: true });
    } catch (e) {
      out.push({ kind: 'webhook', target: new URL(hook.url).host, ok: false, detail: (e as Error).message });
    }
  }
  if (targets.email?.length) {
    if (!opts.smtp) {
      out.push({ kind: 'email', target: targets.email.join(','), ok: false, detail: 'no SMTP server is configured' });
    } else {
      try {
        // nodemailer is CommonJS: in the bundled command its functions may be on the default export only.
        const mailer = (await import('nodemailer')) as typeof import('nodemailer') & { default?: typeof import('nodemailer') };
        const createTransport = mailer.createTransport ?? mailer.default!.createTransport;
        const s = opts.smtp;
        const transport = createTransport({
          host: s.host,
          port: s.port,
          secure: Boolean(s.secure),
          requireTLS: Boolean(s.requireTLS),
          ...(s.user ? { auth: { user: s.user, pass: s.pass ?? '' } } : {}),
          tls: s.allowInvalidCert ? { rejectUnauthorized: false } : undefined,
        });
        const report = await opts.reportHtml?.();
        await transport.sendMail({
          from: s.from,
          to: targets.email,
          subject: line(summary).slice(0, 200),
          ...emailBodies(summary),
          attachments: report ? [{ filename: `prowl-report-${summary.scanId}.html`, content: report, contentType: 'text/html' }] : [],
        });
        transport.close();
        out.push({ kind: 'email', target: targets.email.join(','), ok: true });
      } catch (e) {
        out.push({ kind: 'email', target: targets.email.join(','), ok: false, detail: (e as Error).message });
      }
    }
  }
  return out;
}

/**
 * The web console served by `prowl serve` on the same port: sign in with an API key (kept in this tab's
 * sessionStorage only), see accounts, scans with live status, open a scan's report, run a scan. Every value
 * from the API is put on the page as text (textContent), never as markup; the page loads only its own script.
 */
export const CONSOLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>prowl service</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px system-ui,sans-serif;margin:0;color:#1d2330;background:#f5f6f8}
header{background:#1d2330;color:#fff;padding:10px 18px;display:flex;gap:16px;align-items:center}
header h1{font-size:16px;margin:0}main{padding:16px 18px;max-width:1100px}
section{background:#fff;border:1px solid #dde;border-radius:6px;padding:12px 14px;margin-bottom:14px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eee;vertical-align:top}
.status-succeeded{color:#0a7a2f}.status-failed{color:#b3261e}.status-running{color:#8a5a00}.status-cancelled{color:#666}
input,select,button{font:inherit;padding:4px 6px}button{cursor:pointer}#error{color:#b3261e}.hidden{display:none}
</style></head>
<body><header><h1>prowl service</h1><span id="who"></span><button id="logout" class="hidden">Sign out</button></header>
<main>
<section id="login"><h2>Sign in</h2><form id="login-form"><label>API key <input id="key" type="password" size="60" autocomplete="off" required></label> <button>Sign in</button></form></section>
<p id="error" role="alert"></p>
<div id="app" class="hidden">
<section><h2>Accounts</h2><table><thead><tr><th>Name</th><th>AWS account</th><th>Role</th><th>External id</th><th>Schedule</th></tr></thead><tbody id="accounts"></tbody></table></section>
<section><h2>Run a scan</h2><form id="scan-form"><label>Account <select id="scan-account" required></select></label>
<label>Name <input id="scan-name" maxlength="200"></label>
<label>Compliance <input id="scan-compliance" placeholder="cis_7.0_aws"></label>
<label>Services <input id="scan-services" placeholder="iam,s3"></label> <button>Queue scan</button></form></section>
<section><h2>Scans</h2><table><thead><tr><th>Created</th><th>Name</th><th>Status</th><th>Progress</th><th>PASS</th><th>FAIL</th><th>Score</th><th></th></tr></thead><tbody id="scans"></tbody></table></section>
</div></main><script src="/console.js"></script></body></html>`;

export const CONSOLE_JS = `'use strict';
const $ = (id) => document.getElementById(id);
let key = sessionStorage.getItem('prowl-key') || '';
let timer;
const api = async (path, opts = {}) => {
  const res = await fetch(path, { ...opts, headers: { authorization: 'Bearer ' + key, 'content-type': 'application/json', ...(opts.headers || {}) } });
  if (res.status === 401) { signOut(); throw new Error('the key was refused'); }
  if (!res.ok) throw new Error((await res.json().catch(() => ({}))).error || ('HTTP ' + res.status));
  return res;
};
const cell = (tr, text, cls) => { const td = document.createElement('td'); td.textContent = text == null ? '' : String(text); if (cls) td.className = cls; tr.appendChild(td); return td; };
const showError = (e) => { $('error').textContent = e ? String(e.message || e) : ''; };
function signOut() { key = ''; sessionStorage.removeItem('prowl-key'); clearInterval(timer); $('app').classList.add('hidden'); $('login').classList.remove('hidden'); $('logout').classList.add('hidden'); }
async function refresh() {
  try {
    const { accounts } = await (await api('/v1/accounts')).json();
    const tbody = $('accounts'); tbody.replaceChildren();
    const sel = $('scan-account'); const chosen = sel.value; sel.replaceChildren();
    for (const a of accounts) {
      const tr = document.createElement('tr');
      cell(tr, a.name); cell(tr, a.aws_account_id); cell(tr, a.role_arn); cell(tr, a.external_id); cell(tr, a.schedule || '');
      tbody.appendChild(tr);
      const o = document.createElement('option'); o.value = a.id; o.textContent = a.name + ' (' + a.aws_account_id + ')'; sel.appendChild(o);
    }
    if (chosen) sel.value = chosen;
    const { scans } = await (await api('/v1/scans')).json();
    const sb = $('scans'); sb.replaceChildren();
    for (const s of scans) {
      const tr = document.createElement('tr'); tr.dataset.scan = s.id;
      cell(tr, new Date(s.created_at).toLocaleString()); cell(tr, s.scan_name || s.id); cell(tr, s.status, 'status status-' + s.status);
      const p = s.progress || {}; cell(tr, p.phase ? p.phase + (p.units ? ' ' + p.done + '/' + p.units : '') : '');
      cell(tr, s.counts ? s.counts.PASS : ''); cell(tr, s.counts ? s.counts.FAIL : ''); cell(tr, s.score == null ? '' : s.score.toFixed(1) + '%');
      const td = cell(tr, '');
      if (s.artifacts.some((a) => a.name === 'report.html')) {
        const b = document.createElement('button'); b.textContent = 'Report'; b.className = 'open-report';
        b.onclick = async () => { try { const blob = await (await api('/v1/scans/' + encodeURIComponent(s.id) + '/report.html')).blob(); window.open(URL.createObjectURL(new Blob([blob], { type: 'text/html' })), '_blank'); } catch (e) { showError(e); } };
        td.appendChild(b);
      }
      sb.appendChild(tr);
    }
    showError();
  } catch (e) { showError(e); }
}
function start() { $('login').classList.add('hidden'); $('app').classList.remove('hidden'); $('logout').classList.remove('hidden'); refresh(); clearInterval(timer); timer = setInterval(refresh, 3000); }
$('login-form').onsubmit = async (ev) => { ev.preventDefault(); key = $('key').value.trim(); try { await api('/v1/accounts'); sessionStorage.setItem('prowl-key', key); start(); } catch (e) { showError(e); } };
$('logout').onclick = signOut;
$('scan-form').onsubmit = async (ev) => {
  ev.preventDefault();
  const list = (id) => $(id).value.split(',').map((x) => x.trim()).filter(Boolean);
  const body = { account_id: $('scan-account').value };
  if ($('scan-name').value) body.scan_name = $('scan-name').value;
  if (list('scan-compliance').length) body.compliance = list('scan-compliance');
  if (list('scan-services').length) body.services = list('scan-services');
  try { await api('/v1/scans', { method: 'POST', body: JSON.stringify(body) }); refresh(); } catch (e) { showError(e); }
};
if (key) start();
`;

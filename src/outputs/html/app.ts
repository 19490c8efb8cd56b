/**
 * The browser side of the HTML report, as plain ES2020 kept in a string so it is inlined into the report
 * from src (tsx) and from dist (tsc) alike. It is written without template literals so String.raw can hold it.
 *
 * Rules this code keeps:
 * - every value from the scan reaches the page through textContent, setAttribute on fixed attribute names,
 *   or an SVG <title>'s textContent; never innerHTML, insertAdjacentHTML or document.write;
 * - links from check metadata are used only when they are http(s);
 * - no network: the data is read from the two <script type="application/octet-stream"> blocks.
 *
 * Row layout: see ROW in writer.ts (the numbers below must match).
 */
export const APP_JS = String.raw`(function () {
'use strict';
var F = { check: 0, status: 1, region: 2, muted: 3, account: 4, uid: 5, message: 6, arn: 7, id: 8, name: 9, resRegion: 10,
  tags: 11, compl: 12, mutedBy: 13, error: 14, details: 15, params: 16, ts: 17 };
var STATUSES = ['PASS', 'FAIL', 'MANUAL', 'ERROR'];
var STATUS_RANK = [3, 0, 2, 1]; // display order FAIL, ERROR, MANUAL, PASS
// Requirement statuses, worst first: decided in Node (src/compliance/verdict.ts) and shown as given.
var REQ_STATUSES = ['FAIL', 'ERROR', 'NOT IMPLEMENTED', 'NOT RUN', 'MANUAL', 'PASS'];
function stKey(v) { return String(v).replace(/ /g, '-'); }
var SEVS = ['critical', 'high', 'medium', 'low', 'informational'];
var ROW_H = 34;
var OVERSCAN = 8;
var LIST_LIMIT = 100;
var DEFAULTS = { view: 'overview', q: '', status: '', sev: '', svc: '', region: '', acct: '', check: '', fw: '', req: '', muted: '',
  pass: '1', sort: '', dir: 'asc', open: '', cfw: '', cst: '', creq: '' };
var KEYS = Object.keys(DEFAULTS);
var FILTER_KEYS = ['q', 'status', 'sev', 'svc', 'region', 'acct', 'check', 'fw', 'req', 'muted', 'pass', 'sort', 'dir'];
var COLUMNS = [
  { key: 'status', label: 'Status' },
  { key: 'sev', label: 'Severity' },
  { key: 'check', label: 'Check' },
  { key: 'svc', label: 'Service' },
  { key: 'region', label: 'Region' },
  { key: 'resource', label: 'Resource' },
  { key: 'msg', label: 'Status detail' }
];

var D = null; // the decoded report
var state = Object.assign({}, DEFAULTS);
var lastHash = null;
var filterKey = null;
var result = new Int32Array(0);
var orders = {};
var haystack = null;
var uidIndex = null;
var built = {};
var searchTimer = 0;
var renderQueued = false;

// ---------- DOM helpers (text only) ----------
function byId(id) { return document.getElementById(id); }
function h(tag, props, kids) {
  var e = document.createElement(tag);
  setProps(e, props);
  append(e, kids);
  return e;
}
var SVGNS = 'http://www.w3.org/2000/svg';
function s(tag, props, kids) {
  var e = document.createElementNS(SVGNS, tag);
  setProps(e, props);
  append(e, kids);
  return e;
}
function setProps(e, props) {
  if (!props) return;
  for (var k in props) {
    var v = props[k];
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = String(v);
    else if (k === 'cls') e.setAttribute('class', v);
    else if (k === 'on') { for (var ev in v) e.addEventListener(ev, v[ev]); }
    else e.setAttribute(k, v === true ? '' : String(v));
  }
}
function append(e, kids) {
  if (!kids) return;
  for (var i = 0; i < kids.length; i++) {
    var c = kids[i];
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}
function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
function fmt(n) { return Number(n).toLocaleString('en-US'); }
function safeUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }
function fmtDate(iso) {
  if (!iso) return '';
  var d = new Date(iso);
  if (isNaN(d.getTime())) return String(iso);
  return d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');
}
function fmtDuration(ms) {
  if (ms === undefined || ms === null || isNaN(ms)) return '';
  if (ms < 1000) return ms + ' ms';
  var t = Math.round(ms / 1000);
  if (t < 60) return (ms / 1000).toFixed(1) + ' s';
  var hh = Math.floor(t / 3600), mm = Math.floor((t % 3600) / 60), ss = t % 60;
  return (hh ? hh + ' h ' : '') + (hh || mm ? mm + ' min ' : '') + ss + ' s';
}
function natCmp(a, b) {
  var pa = String(a).split(/(\d+)/), pb = String(b).split(/(\d+)/);
  for (var i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    var na = /^\d+$/.test(pa[i]), nb = /^\d+$/.test(pb[i]);
    if (na && nb) return Number(pa[i]) - Number(pb[i]);
    return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}
function badge(kind, value, extra) {
  return h('span', { cls: 'badge ' + kind + '-' + stKey(value) + (extra ? ' ' + extra : ''), text: value });
}
function fatal(msg) {
  var line = byId('status-line');
  line.className = 'fatal';
  line.textContent = msg;
  byId('app').setAttribute('data-ready', 'error');
}

// ---------- decoding ----------
function bytesOf(id) {
  var bin = atob(byId(id).textContent.replace(/\s+/g, ''));
  var out = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
function inflate(bytes) {
  var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
function dictValue(list, v) { return typeof v === 'number' ? list[v] : v; }

function prepare(meta, rows) {
  var n = rows.length;
  var d = { meta: meta, rows: rows, n: n };
  d.checkIds = meta.dict.check;
  d.checks = d.checkIds.map(function (id) {
    var c = meta.checks[id] || {};
    return {
      id: id,
      title: c.title || id,
      service: c.service || id.split('_')[0],
      severity: SEVS.indexOf(c.severity) >= 0 ? c.severity : 'informational',
      resourceType: c.resourceType || '',
      categories: c.categories || [],
      description: c.description || '',
      risk: c.risk || '',
      remediation: c.remediation || {}
    };
  });
  d.services = [];
  var svcIdx = {};
  d.checkSvc = new Uint32Array(d.checks.length);
  d.checkSev = new Uint8Array(d.checks.length);
  d.checks.forEach(function (c, i) {
    if (!(c.service in svcIdx)) { svcIdx[c.service] = d.services.length; d.services.push(c.service); }
    d.checkSvc[i] = svcIdx[c.service];
    d.checkSev[i] = SEVS.indexOf(c.severity);
  });
  d.regions = meta.dict.region;
  d.accounts = meta.dict.account;
  d.accountNames = meta.accountNames || {};
  d.labels = meta.labels || {};
  d.frameworks = meta.frameworks || [];
  d.fwById = {};
  d.frameworks.forEach(function (f) { d.fwById[f.id] = f; });
  d.compl = meta.dict.compl.map(function (text) {
    var pairs = JSON.parse(text), fws = {}, keys = {};
    pairs.forEach(function (p) {
      fws[p[0]] = true;
      p[1].forEach(function (r) { keys[p[0] + '\u0001' + r] = true; });
    });
    return { pairs: pairs, fws: fws, keys: keys };
  });
  d.ac = new Uint32Array(n);
  d.chk = new Uint32Array(n); d.st = new Uint8Array(n); d.rg = new Uint32Array(n); d.mu = new Uint8Array(n); d.cs = new Uint32Array(n);
  for (var i = 0; i < n; i++) {
    var r = rows[i];
    d.ac[i] = r[F.account] || 0;
    d.chk[i] = r[F.check]; d.st[i] = r[F.status]; d.rg[i] = r[F.region]; d.mu[i] = r[F.muted] ? 1 : 0; d.cs[i] = r[F.compl];
  }
  // totals
  d.byStatus = [0, 0, 0, 0]; d.mutedByStatus = [0, 0, 0, 0]; d.muted = 0;
  d.sevStatus = SEVS.map(function () { return [0, 0, 0, 0]; });
  d.failSev = [0, 0, 0, 0, 0];
  d.failSvc = new Array(d.services.length).fill(0);
  d.failRegion = new Array(d.regions.length).fill(0);
  d.failRegionSev = d.regions.map(function () { return [0, 0, 0, 0, 0]; });
  d.failCheck = new Array(d.checks.length).fill(0);
  d.failCheckRegions = d.checks.map(function () { return {}; });
  d.countSvc = new Array(d.services.length).fill(0);
  d.countRegion = new Array(d.regions.length).fill(0);
  d.countCheck = new Array(d.checks.length).fill(0);
  d.failAccount = new Array(d.accounts.length).fill(0);
  d.passAccount = new Array(d.accounts.length).fill(0);
  d.errorAccount = new Array(d.accounts.length).fill(0);
  d.countAccount = new Array(d.accounts.length).fill(0);
  for (var j = 0; j < n; j++) {
    var st = d.st[j], sev = d.checkSev[d.chk[j]], svc = d.checkSvc[d.chk[j]];
    d.byStatus[st]++;
    d.sevStatus[sev][st]++;
    d.countSvc[svc]++; d.countRegion[d.rg[j]]++; d.countCheck[d.chk[j]]++; d.countAccount[d.ac[j]]++;
    if (d.mu[j]) { d.muted++; d.mutedByStatus[st]++; continue; }
    if (st === 1) {
      d.failSev[sev]++; d.failSvc[svc]++; d.failRegion[d.rg[j]]++; d.failRegionSev[d.rg[j]][sev]++; d.failAccount[d.ac[j]]++;
      d.failCheck[d.chk[j]]++; d.failCheckRegions[d.chk[j]][d.rg[j]] = true;
    }
    if (st === 0) d.passAccount[d.ac[j]]++;
    if (st === 3) d.errorAccount[d.ac[j]]++;
  }
  var passU = d.byStatus[0] - d.mutedByStatus[0], failU = d.byStatus[1] - d.mutedByStatus[1];
  d.score = passU + failU ? Math.round((passU * 1000) / (passU + failU)) / 10 : null;
  // requirement status for the frameworks shown
  d.req = {};
  var aggsOfSet = d.compl.map(function (c) {
    var list = [];
    c.pairs.forEach(function (p) {
      if (!d.fwById[p[0]]) return;
      p[1].forEach(function (rid) {
        var m = d.req[p[0]] || (d.req[p[0]] = {});
        list.push(m[rid] || (m[rid] = { counts: [0, 0, 0, 0], failUnmuted: 0, total: 0 }));
      });
    });
    return list;
  });
  for (var k = 0; k < n; k++) {
    var aggs = aggsOfSet[d.cs[k]];
    for (var a = 0; a < aggs.length; a++) {
      var g = aggs[a];
      g.counts[d.st[k]]++; g.total++;
      if (d.st[k] === 1 && !d.mu[k]) g.failUnmuted++;
    }
  }
  d.frameworks.forEach(function (f) {
    var m = d.req[f.id] || (d.req[f.id] = {});
    f.tally = {};
    REQ_STATUSES.forEach(function (x) { f.tally[x] = 0; });
    f.requirements.forEach(function (r) {
      var g = m[r.id] || (m[r.id] = { counts: [0, 0, 0, 0], failUnmuted: 0, total: 0 });
      g.status = r.status;
      f.tally[g.status]++;
    });
  });
  // default order: FAIL, ERROR, MANUAL, PASS; then severity, check, region
  var checkRank = rankOf(d.checks.map(function (c) { return c.title.toLowerCase(); }));
  var regionRank = rankOf(d.regions);
  var key = new Float64Array(n);
  var NC = d.checks.length + 1, NR = d.regions.length + 1;
  for (var x = 0; x < n; x++) {
    key[x] = ((STATUS_RANK[d.st[x]] * 5 + d.checkSev[d.chk[x]]) * NC + checkRank[d.chk[x]]) * NR + regionRank[d.rg[x]];
  }
  d.base = sortBy(n, function (i) { return key[i]; });
  d.rank = new Int32Array(n);
  for (var y = 0; y < n; y++) d.rank[d.base[y]] = y;
  d.checkRank = checkRank; d.regionRank = regionRank;
  d.svcRank = rankOf(d.services);
  return d;
}
function rankOf(values) {
  var idx = values.map(function (_, i) { return i; });
  idx.sort(function (a, b) { return values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : a - b; });
  var rank = new Uint32Array(values.length);
  idx.forEach(function (v, i) { rank[v] = i; });
  return rank;
}
function sortBy(n, keyOf) {
  var key = new Float64Array(n), idx = new Int32Array(n);
  for (var i = 0; i < n; i++) { key[i] = keyOf(i); idx[i] = i; }
  idx.sort(function (a, b) { return key[a] - key[b] || a - b; });
  return idx;
}

// ---------- row accessors ----------
function rowCheck(i) { return D.checks[D.chk[i]]; }
function rowRegion(i) { return D.regions[D.rg[i]]; }
function rowStatus(i) { return STATUSES[D.st[i]]; }
function rowSev(i) { return SEVS[D.checkSev[D.chk[i]]]; }
function rowService(i) { return D.services[D.checkSvc[D.chk[i]]]; }
function rowResource(i) { var r = D.rows[i]; return r[F.name] || r[F.id] || r[F.arn] || ''; }
function rowMessage(i) { return D.rows[i][F.message] || ''; }

function orderFor(col) {
  if (!col) return D.base;
  if (orders[col]) return orders[col];
  var n = D.n, o;
  if (col === 'resource' || col === 'msg') {
    var get = col === 'resource' ? rowResource : rowMessage;
    var vals = new Array(n);
    for (var i = 0; i < n; i++) vals[i] = get(i).toLowerCase();
    var idx = Array.from(D.base);
    idx.sort(function (a, b) { return vals[a] < vals[b] ? -1 : vals[a] > vals[b] ? 1 : D.rank[a] - D.rank[b]; });
    o = Int32Array.from(idx);
  } else {
    var keyOf = {
      status: function (i) { return STATUS_RANK[D.st[i]]; },
      sev: function (i) { return D.checkSev[D.chk[i]]; },
      check: function (i) { return D.checkRank[D.chk[i]]; },
      svc: function (i) { return D.svcRank[D.checkSvc[D.chk[i]]]; },
      region: function (i) { return D.regionRank[D.rg[i]]; }
    }[col];
    if (!keyOf) return D.base;
    o = sortBy(n, function (i) { return keyOf(i) * (n + 1) + D.rank[i]; });
  }
  orders[col] = o;
  return o;
}

function buildHaystack() {
  var n = D.n, out = new Array(n);
  var checkText = D.checks.map(function (c) { return (c.id + ' ' + c.title + ' ' + c.service).toLowerCase(); });
  for (var i = 0; i < n; i++) {
    var r = D.rows[i], parts = [checkText[D.chk[i]], D.regions[D.rg[i]], r[F.uid], r[F.message], r[F.arn], r[F.id], r[F.name] || ''];
    var tags = r[F.tags];
    if (tags) for (var k in tags) parts.push(k + '=' + tags[k]);
    out[i] = parts.join(' \u0001 ').toLowerCase();
  }
  return out;
}

// ---------- filtering ----------
function computeResult() {
  var key = FILTER_KEYS.map(function (k) { return state[k]; }).join('\u0002');
  if (key === filterKey) return false;
  filterKey = key;
  var n = D.n;
  var NONE = -2;
  function pick(value, list) { if (!value) return -1; var i = list.indexOf(value); return i < 0 ? NONE : i; }
  var st = pick(state.status, STATUSES), sev = pick(state.sev, SEVS), svc = pick(state.svc, D.services);
  var rg = pick(state.region, D.regions), ck = pick(state.check, D.checkIds), ac = pick(state.acct, D.accounts);
  var none = st === NONE || sev === NONE || svc === NONE || rg === NONE || ck === NONE || ac === NONE;
  var csOk = null;
  if (state.fw) {
    csOk = new Uint8Array(D.compl.length);
    var want = state.fw + '\u0001' + state.req;
    D.compl.forEach(function (c, i) { csOk[i] = state.req ? (c.keys[want] ? 1 : 0) : (c.fws[state.fw] ? 1 : 0); });
  }
  var terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length && !haystack) haystack = buildHaystack();
  var hidePass = state.pass === '0', muted = state.muted;
  var order = orderFor(state.sort);
  var desc = state.sort && state.dir === 'desc';
  var out = new Int32Array(none ? 0 : n), k = 0;
  if (!none) {
    for (var j = 0; j < n; j++) {
      var i = order[desc ? n - 1 - j : j];
      var s = D.st[i];
      if (st >= 0 && s !== st) continue;
      if (hidePass && s === 0 && st !== 0) continue; // a PASS status filter shows PASS, whatever the box says
      if (muted === 'hide' && D.mu[i]) continue;
      if (muted === 'only' && !D.mu[i]) continue;
      var c = D.chk[i];
      if (ck >= 0 && c !== ck) continue;
      if (sev >= 0 && D.checkSev[c] !== sev) continue;
      if (svc >= 0 && D.checkSvc[c] !== svc) continue;
      if (rg >= 0 && D.rg[i] !== rg) continue;
      if (ac >= 0 && D.ac[i] !== ac) continue;
      if (csOk && !csOk[D.cs[i]]) continue;
      if (terms.length) {
        var text = haystack[i], ok = true;
        for (var t = 0; t < terms.length; t++) if (text.indexOf(terms[t]) < 0) { ok = false; break; }
        if (!ok) continue;
      }
      out[k++] = i;
    }
  }
  result = out.subarray(0, k);
  return true;
}

// ---------- URL hash ----------
function readHash() {
  var p = new URLSearchParams(location.hash.replace(/^#/, ''));
  var next = Object.assign({}, DEFAULTS);
  KEYS.forEach(function (k) { if (p.has(k)) next[k] = p.get(k) || ''; });
  if (['overview', 'findings', 'compliance'].indexOf(next.view) < 0) next.view = 'overview';
  state = next;
}
function hashOf() {
  var p = new URLSearchParams();
  KEYS.forEach(function (k) { if (state[k] !== DEFAULTS[k]) p.set(k, state[k]); });
  return p.toString();
}
function writeHash() {
  var text = hashOf();
  if (text === lastHash) return;
  lastHash = text;
  var url = location.href.replace(/#.*$/, '') + '#' + text;
  try { history.replaceState(null, '', url); } catch (e) { location.replace(url); }
}
function setState(patch) {
  if (searchTimer) {
    // A search typed within the debounce window is applied with whatever comes next, not lost.
    clearTimeout(searchTimer);
    searchTimer = 0;
    var q = byId('f-q');
    if (q && !('q' in patch)) state.q = q.value;
  }
  Object.assign(state, patch);
  writeHash();
  apply();
}
function filtersOnly(patch) {
  var next = {};
  FILTER_KEYS.forEach(function (k) { next[k] = DEFAULTS[k]; });
  next.view = 'findings';
  next.open = '';
  return Object.assign(next, patch);
}

// ---------- summary ----------
function renderSummary() {
  var m = D.meta, a = m.account, root = clear(byId('summary'));
  var name = a.name || a.alias;
  var title = D.accounts.length > 1 ? D.accounts.length + ' AWS accounts' : 'AWS account ' + a.id + (name ? ' (' + name + ')' : '');
  document.title = 'prowl report: ' + title;
  var facts = [
    ['Account', a.id], ['Account name', a.name], ['Alias', a.alias && a.alias !== a.name ? a.alias : ''],
    ['Organization', [a.organizationName, a.organizationId].filter(Boolean).join(' ')],
    ['Identity', a.identityArn], ['Authentication', a.authMethod],
    ['Scan started', fmtDate(m.scan.startedAt)], ['Scan finished', fmtDate(m.scan.finishedAt)],
    ['Duration', fmtDuration(m.scan.durationMs)],
    ['Regions', m.scan.regions.length ? m.scan.regions.length + ': ' + m.scan.regions.join(', ') : ''],
    ['prowl version', m.prowlVersion], ['Report generated', fmtDate(m.generatedAt)]
  ].filter(function (f) { return f[1]; });
  var dl = h('dl', { cls: 'facts', id: 'facts' });
  facts.forEach(function (f) {
    var dd = h('dd', { text: f[1] });
    if (f[0] === 'Regions') {
      // Wrap between region names, never inside one ("us-east-" / "1").
      dd = h('dd', { cls: 'region-list' }, [m.scan.regions.length + ': '].concat(m.scan.regions.map(function (r, k) {
        return h('span', { cls: 'region-name', text: r + (k < m.scan.regions.length - 1 ? ',' : '') });
      }).reduce(function (acc, el, k) { return k ? acc.concat([' ', el]) : [el]; }, [])));
    }
    dl.appendChild(h('div', { 'data-fact': f[0] }, [h('dt', { text: f[0] }), dd]));
  });
  var scoreText = D.score === null ? 'n/a' : D.score + '%';
  var score = h('div', { cls: 'score', id: 'score', title: 'PASS × 100 / (PASS + FAIL), muted findings left out' }, [
    h('div', { cls: 'score-value', text: scoreText }),
    h('div', { cls: 'score-label', text: 'Score (PASS / (PASS + FAIL))' })
  ]);
  var cards = h('div', { cls: 'cards', id: 'status-cards' });
  STATUSES.slice().sort(function (x, y) { return STATUS_RANK[STATUSES.indexOf(x)] - STATUS_RANK[STATUSES.indexOf(y)]; })
    .forEach(function (stName) {
      var si = STATUSES.indexOf(stName);
      cards.appendChild(h('button', {
        type: 'button', cls: 'card st-' + stName, 'data-status': stName, 'data-count': D.byStatus[si],
        title: 'Show ' + stName + ' findings',
        on: { click: function () { setState(filtersOnly({ status: stName })); } }
      }, [
        h('span', { cls: 'card-value', text: fmt(D.byStatus[si]) }),
        h('span', { cls: 'card-label', text: stName + (stName === 'ERROR' ? ' (could not evaluate)' : '') }),
        D.mutedByStatus[si] ? h('span', { cls: 'card-note', text: fmt(D.mutedByStatus[si]) + ' muted' }) : null
      ]));
    });
  cards.appendChild(h('button', {
    type: 'button', cls: 'card muted-card', 'data-status': 'MUTED', 'data-count': D.muted,
    on: { click: function () { setState(filtersOnly({ muted: 'only' })); } }
  }, [h('span', { cls: 'card-value', text: fmt(D.muted) }), h('span', { cls: 'card-label', text: 'Muted' })]));
  cards.appendChild(h('div', { cls: 'card total-card', 'data-status': 'TOTAL', 'data-count': D.n },
    [h('span', { cls: 'card-value', text: fmt(D.n) }), h('span', { cls: 'card-label', text: 'Findings' })]));

  var order = [1, 3, 2, 0];
  var table = h('table', { cls: 'sev-table', id: 'sev-table' });
  table.appendChild(h('thead', null, [h('tr', null, [h('th', { text: 'Severity' })].concat(order.map(function (si) {
    return h('th', { text: STATUSES[si] });
  })).concat([h('th', { text: 'Total' })]))]));
  var tb = h('tbody');
  SEVS.forEach(function (sev, sv) {
    var row = D.sevStatus[sv];
    var tr = h('tr', { 'data-sev': sev }, [h('th', null, [badge('sev', sev)])]);
    order.forEach(function (si) {
      tr.appendChild(h('td', { 'data-status': STATUSES[si], 'data-count': row[si] }, [row[si] ? h('button', {
        type: 'button', cls: 'link', text: fmt(row[si]),
        on: { click: function () { setState(filtersOnly({ status: STATUSES[si], sev: sev })); } }
      }) : '0']));
    });
    tr.appendChild(h('td', { 'data-status': 'TOTAL', 'data-count': row[0] + row[1] + row[2] + row[3], text: fmt(row[0] + row[1] + row[2] + row[3]) }));
    tb.appendChild(tr);
  });
  table.appendChild(tb);
  append(root, [
    h('h1', { id: 'report-title', text: title }),
    h('div', { cls: 'summary-grid' }, [dl, h('div', { cls: 'summary-side' }, [score, cards])]),
    h('div', { cls: 'overview-pair' }, [
      h('div', null, [h('h2', { cls: 'sub-h', text: 'Findings per severity and status' }), table]),
      h('div', null, [h('h2', { cls: 'sub-h', text: 'Top failing checks' }), topChecksTable()])
    ])
  ]);
}

/** The checks with the most unmuted FAIL findings: check, severity, FAILs, regions; a click lists them. */
function topChecksTable() {
  var idx = D.checks.map(function (c, i) { return i; }).filter(function (i) { return D.failCheck[i] > 0; });
  idx.sort(function (a, b) { return D.failCheck[b] - D.failCheck[a] || D.checkSev[a] - D.checkSev[b] || (D.checkIds[a] < D.checkIds[b] ? -1 : 1); });
  if (!idx.length) return h('p', { cls: 'empty', id: 'top-checks', text: 'No failing findings.' });
  var table = h('table', { cls: 'sev-table top-checks', id: 'top-checks' });
  table.appendChild(h('thead', null, [h('tr', null, [h('th', { text: 'Check' }), h('th', { text: 'Severity' }), h('th', { text: 'FAIL' }), h('th', { text: 'Regions' })])]));
  var tb = h('tbody');
  idx.slice(0, 10).forEach(function (i) {
    var c = D.checks[i];
    tb.appendChild(h('tr', { 'data-check': D.checkIds[i] }, [
      h('td', { cls: 'top-check-title' }, [h('button', { type: 'button', cls: 'link', text: c.title, title: D.checkIds[i],
        on: { click: function () { setState(filtersOnly({ status: 'FAIL', check: D.checkIds[i], muted: 'hide' })); } } })]),
      h('td', null, [badge('sev', c.severity)]),
      h('td', { text: fmt(D.failCheck[i]) }),
      h('td', { text: fmt(Object.keys(D.failCheckRegions[i]).length) })
    ]));
  });
  table.appendChild(tb);
  return table;
}

/** Region x severity counts of unmuted FAILs: tells regions apart when their totals tie. */
function regionSeverityTable(regIdx) {
  var table = h('table', { cls: 'sev-table region-sev', id: 'region-severity' });
  table.appendChild(h('thead', null, [h('tr', null, [h('th', { text: 'Region' })].concat(SEVS.map(function (sev) { return h('th', null, [badge('sev', sev)]); })))]));
  var tb = h('tbody');
  regIdx.forEach(function (i) {
    tb.appendChild(h('tr', { 'data-region': D.regions[i] }, [h('th', { text: D.regions[i] })].concat(D.failRegionSev[i].map(function (v) { return h('td', { text: fmt(v) }); }))));
  });
  table.appendChild(tb);
  return table;
}

// ---------- charts ----------
function barChart(id, items, emptyText) {
  var wrap = h('div', { cls: 'chart-wrap' });
  if (!items.length) { wrap.appendChild(h('p', { cls: 'empty', text: emptyText })); return wrap; }
  var W = 460, rowH = 24, labelW = 128, valueW = 56;
  var max = Math.max.apply(null, items.map(function (it) { return it.value; }).concat([1]));
  var svg = s('svg', { id: id, cls: 'chart', viewBox: '0 0 ' + W + ' ' + (items.length * rowH + 4), role: 'list', 'aria-label': id });
  items.forEach(function (it, k) {
    var y = k * rowH + 2;
    var bw = it.value ? Math.max(2, ((W - labelW - valueW) * it.value) / max) : 0;
    var label = it.label.length > 19 ? it.label.slice(0, 18) + '…' : it.label;
    var g = s('g', { cls: 'bar ' + (it.cls || ''), 'data-key': it.key, 'data-value': it.value, tabindex: '0', role: 'button',
      'aria-label': it.label + ': ' + it.value }, [
      s('title', { text: it.label + ': ' + fmt(it.value) + (it.hint ? ' (' + it.hint + ')' : '') }),
      s('rect', { cls: 'hit', x: 0, y: y, width: W, height: rowH - 4 }),
      s('text', { cls: 'bar-label', x: labelW - 8, y: y + rowH / 2 + 2, 'text-anchor': 'end', text: label }),
      s('rect', { cls: 'bar-fill', x: labelW, y: y + 3, width: bw, height: rowH - 10, rx: 3 }),
      s('text', { cls: 'bar-value', x: labelW + bw + 6, y: y + rowH / 2 + 2, text: fmt(it.value) })
    ]);
    g.addEventListener('click', it.onClick);
    g.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); it.onClick(); } });
    svg.appendChild(g);
  });
  wrap.appendChild(svg);
  return wrap;
}
function fwChart() {
  var wrap = h('div', { cls: 'chart-wrap' });
  if (!D.frameworks.length) { wrap.appendChild(h('p', { cls: 'empty', text: 'No compliance framework selected for this scan.' })); return wrap; }
  var W = 460, rowH = 32, labelW = 96, barW = W - labelW - 10;
  var svg = s('svg', { id: 'chart-compliance', cls: 'chart', viewBox: '0 0 ' + W + ' ' + (D.frameworks.length * rowH + 4), role: 'list' });
  D.frameworks.forEach(function (f, k) {
    var y = k * rowH + 2, total = f.requirements.length || 1, x = labelW;
    svg.appendChild(s('text', { cls: 'bar-label', x: labelW - 8, y: y + rowH / 2 + 2, 'text-anchor': 'end', text: f.label }, [
      s('title', { text: f.name + ' ' + f.version })
    ]));
    REQ_STATUSES.forEach(function (stName) {
      var count = f.tally[stName];
      if (!count) return;
      var w = (barW * count) / total;
      var g = s('g', { cls: 'seg st-' + stKey(stName), 'data-framework': f.id, 'data-status': stName, tabindex: '0', role: 'button',
        'aria-label': f.label + ' ' + stName + ': ' + count }, [
        s('title', { text: f.label + ': ' + count + (count === 1 ? ' requirement ' : ' requirements ') + stName }),
        s('rect', { x: x, y: y + 4, width: Math.max(1, w - 1), height: rowH - 12 }),
        w > 26 ? s('text', { cls: 'seg-text', x: x + w / 2, y: y + rowH / 2 + 2, 'text-anchor': 'middle', text: String(count) }) : null
      ]);
      var go = function () {
        if (STATUSES.indexOf(stName) < 0 || stName === 'MANUAL') setState({ view: 'compliance', cfw: f.id, cst: stName, creq: '' });
        else setState(filtersOnly({ fw: f.id, status: stName, muted: stName === 'FAIL' ? 'hide' : '' }));
      };
      g.addEventListener('click', go);
      g.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
      svg.appendChild(g);
      x += w;
    });
  });
  wrap.appendChild(svg);
  var legend = ['Requirements per status: '];
  REQ_STATUSES.forEach(function (x) { legend.push(badge('st', x), ' '); });
  wrap.appendChild(h('p', { cls: 'legend' }, legend));
  return wrap;
}
function topItems(counts, names, limit) {
  var idx = counts.map(function (_, i) { return i; }).filter(function (i) { return counts[i] > 0; });
  idx.sort(function (a, b) { return counts[b] - counts[a] || (names[a] < names[b] ? -1 : 1); });
  return idx.slice(0, limit);
}
function buildOverview() {
  var root = clear(byId('view-overview'));
  var sevItems = SEVS.map(function (sev, i) {
    return { key: sev, label: sev, value: D.failSev[i], cls: 'sev-' + sev,
      onClick: function () { setState(filtersOnly({ status: 'FAIL', sev: sev, muted: 'hide' })); } };
  });
  var svcIdx = topItems(D.failSvc, D.services, 15);
  var svcItems = svcIdx.map(function (i) {
    var name = D.services[i];
    return { key: name, label: name, value: D.failSvc[i], cls: 'st-FAIL',
      onClick: function () { setState(filtersOnly({ status: 'FAIL', svc: name, muted: 'hide' })); } };
  });
  // Most FAILs first; a tie goes to the region with more critical, then high... FAILs, so equal totals still tell apart.
  var regIdx = D.regions.map(function (r, i) { return i; }).filter(function (i) { return D.failRegion[i] > 0; });
  regIdx.sort(function (a, b) {
    if (D.failRegion[b] !== D.failRegion[a]) return D.failRegion[b] - D.failRegion[a];
    for (var v = 0; v < SEVS.length; v++) if (D.failRegionSev[b][v] !== D.failRegionSev[a][v]) return D.failRegionSev[b][v] - D.failRegionSev[a][v];
    return D.regions[a] < D.regions[b] ? -1 : 1;
  });
  regIdx = regIdx.slice(0, 30);
  var regItems = regIdx.map(function (i) {
    var name = D.regions[i];
    var hint = SEVS.map(function (sev, v) { return D.failRegionSev[i][v] ? D.failRegionSev[i][v] + ' ' + sev : ''; }).filter(Boolean).join(', ');
    return { key: name, label: name, value: D.failRegion[i], cls: 'st-FAIL', hint: hint,
      onClick: function () { setState(filtersOnly({ status: 'FAIL', region: name, muted: 'hide' })); } };
  });
  var noFail = 'No failing findings.';
  var anyFail = D.failSev.some(function (v) { return v > 0; });
  var multi = D.accounts.length > 1;
  var acctIdx = topItems(D.failAccount, D.accounts, 30);
  var acctItems = acctIdx.map(function (i) {
    var id = D.accounts[i];
    return { key: id, label: accountLabel(id), value: D.failAccount[i], cls: 'st-FAIL',
      onClick: function () { setState(filtersOnly({ status: 'FAIL', acct: id, muted: 'hide' })); } };
  });
  append(root, [h('div', { cls: 'charts' }, [
    h('figure', { cls: 'panel' }, [h('figcaption', { text: 'FAIL findings by severity' }), anyFail ? barChart('chart-severity', sevItems, noFail) : barChart('chart-severity', [], noFail)]),
    h('figure', { cls: 'panel' }, [h('figcaption', { text: 'FAIL findings by service' + (D.failSvc.filter(Boolean).length > 15 ? ' (top 15)' : '') }), barChart('chart-service', svcItems, noFail)]),
    h('figure', { cls: 'panel' }, [h('figcaption', { text: 'FAIL findings by region' + (D.failRegion.filter(Boolean).length > 30 ? ' (top 30)' : '') }), barChart('chart-region', regItems, noFail), regItems.length ? regionSeverityTable(regIdx) : null]),
    h('figure', { cls: 'panel' }, [h('figcaption', { text: 'Compliance status per framework' }), fwChart()])
  ].concat(multi ? [
    h('figure', { cls: 'panel', id: 'panel-accounts' }, [h('figcaption', { text: 'FAIL findings by account' + (D.failAccount.filter(Boolean).length > 30 ? ' (top 30)' : '') }), barChart('chart-account', acctItems, noFail)]),
    h('figure', { cls: 'panel' }, [h('figcaption', { text: 'Score per account' }), accountScores()])
  ] : [])), h('p', { cls: 'hint no-print', text: 'Muted findings are left out of the charts and the score. Click a bar to list its findings.' })]);
}

function accountLabel(id) { var n = D.accountNames[id]; return n ? id + ' (' + n + ')' : id; }
/** Each account's score (unmuted PASS x 100 / (PASS + FAIL)), worst first; a click lists its FAIL findings. */
function accountScores() {
  var rows = D.accounts.map(function (id, i) {
    var p = D.passAccount[i], f = D.failAccount[i];
    return { id: id, i: i, score: p + f ? Math.round((p * 1000) / (p + f)) / 10 : null };
  });
  rows.sort(function (a, b) { return (a.score === null ? 101 : a.score) - (b.score === null ? 101 : b.score) || (a.id < b.id ? -1 : 1); });
  var table = h('table', { cls: 'matrix', id: 'account-scores' });
  table.appendChild(h('thead', null, [h('tr', null, ['Account', 'Score', 'PASS', 'FAIL', 'ERROR'].map(function (t) { return h('th', { text: t }); }))]));
  var body = h('tbody');
  rows.forEach(function (r) {
    body.appendChild(h('tr', { 'data-account': r.id }, [
      h('th', null, [h('button', { type: 'button', cls: 'link', text: accountLabel(r.id), on: { click: function () { setState(filtersOnly({ acct: r.id })); } } })]),
      h('td', { text: r.score === null ? 'n/a' : r.score + '%' }),
      h('td', { text: fmt(D.passAccount[r.i]) }), h('td', { text: fmt(D.failAccount[r.i]) }), h('td', { text: fmt(D.errorAccount[r.i]) })
    ]));
  });
  table.appendChild(body);
  return table;
}

// ---------- findings view ----------
function option(value, label, title) { return h('option', { value: value, text: label, title: title || null }); }
function select(id, label, opts) {
  var sel = h('select', { id: id, 'aria-label': label });
  opts.forEach(function (o) { sel.appendChild(o); });
  return sel;
}
function buildFindings() {
  var root = clear(byId('view-findings'));
  var svcOpts = D.services.map(function (v, i) { return i; }).sort(function (a, b) { return D.services[a] < D.services[b] ? -1 : 1; })
    .map(function (i) { return option(D.services[i], D.services[i] + ' (' + fmt(D.countSvc[i]) + ')'); });
  var regOpts = D.regions.map(function (v, i) { return i; }).sort(function (a, b) { return D.regions[a] < D.regions[b] ? -1 : 1; })
    .map(function (i) { return option(D.regions[i], D.regions[i] + ' (' + fmt(D.countRegion[i]) + ')'); });
  var checkOpts = D.checks.map(function (c, i) { return i; }).sort(function (a, b) { return D.checkIds[a] < D.checkIds[b] ? -1 : 1; })
    .map(function (i) { return option(D.checkIds[i], D.checkIds[i] + ' (' + fmt(D.countCheck[i]) + ')', D.checks[i].title); });
  var fwIds = Object.keys(D.labels).sort(function (a, b) { return natCmp(D.labels[a], D.labels[b]); });
  var q = h('input', { type: 'search', id: 'f-q', placeholder: 'Search resource, check, message, tag…', 'aria-label': 'Search', autocomplete: 'off', spellcheck: 'false' });
  var controls = [
    q,
    select('f-status', 'Status', [option('', 'All statuses')].concat(STATUSES.map(function (v) { return option(v, v); }))),
    select('f-sev', 'Severity', [option('', 'All severities')].concat(SEVS.map(function (v) { return option(v, v); }))),
    select('f-svc', 'Service', [option('', 'All services')].concat(svcOpts)),
    select('f-region', 'Region', [option('', 'All regions')].concat(regOpts)),
  ].concat(D.accounts.length > 1 ? [
    select('f-acct', 'Account', [option('', 'All accounts')].concat(D.accounts.map(function (id, i) { return option(id, accountLabel(id) + ' (' + fmt(D.countAccount[i]) + ')'); })))
  ] : []).concat([
    select('f-check', 'Check', [option('', 'All checks')].concat(checkOpts)),
    select('f-fw', 'Framework', [option('', 'All frameworks')].concat(fwIds.map(function (id) { return option(id, D.labels[id]); }))),
    select('f-req', 'Requirement', [option('', 'All requirements')]),
    select('f-muted', 'Muted', [option('', 'Muted and unmuted'), option('hide', 'Hide muted'), option('only', 'Only muted')]),
    h('label', { cls: 'check' }, [h('input', { type: 'checkbox', id: 'f-pass' }), ' Show PASS']),
    h('button', { type: 'button', id: 'f-reset', text: 'Reset filters' })
  ]);
  var head = h('div', { cls: 'grid-row grid-head', role: 'row' });
  COLUMNS.forEach(function (c) {
    head.appendChild(h('div', { role: 'columnheader', cls: 'cell col-' + c.key }, [h('button', {
      type: 'button', cls: 'sort', 'data-sort': c.key, text: c.label, title: 'Sort by ' + c.label.toLowerCase(),
      on: { click: function () {
        if (state.sort === c.key) setState(state.dir === 'asc' ? { dir: 'desc' } : { sort: '', dir: 'asc' });
        else setState({ sort: c.key, dir: 'asc' });
      } }
    })]));
  });
  var body = h('div', { cls: 'grid-body', id: 'grid-body', role: 'rowgroup' }, [
    h('div', { id: 'grid-spacer', cls: 'grid-spacer' }),
    h('div', { id: 'grid-rows', cls: 'grid-rows' })
  ]);
  append(root, [
    h('div', { cls: 'toolbar no-print', role: 'search' }, controls),
    h('div', { cls: 'count-line' }, [h('span', { id: 'f-count', 'data-count': '0' }), h('span', { cls: 'hint', text: ' · Click a row for details. Filters are kept in the link.' })]),
    h('div', { cls: 'grid', role: 'table', 'aria-label': 'Findings', 'aria-rowcount': '0', id: 'grid' }, [head, body])
  ]);
  q.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { searchTimer = 0; setState({ q: q.value }); }, 120);
  });
  var bind = { 'f-status': 'status', 'f-sev': 'sev', 'f-svc': 'svc', 'f-region': 'region', 'f-acct': 'acct', 'f-check': 'check', 'f-req': 'req', 'f-muted': 'muted' };
  Object.keys(bind).forEach(function (id) {
    if (byId(id)) byId(id).addEventListener('change', function (e) { var p = {}; p[bind[id]] = e.target.value; setState(p); });
  });
  byId('f-fw').addEventListener('change', function (e) { setState({ fw: e.target.value, req: '' }); });
  byId('f-pass').addEventListener('change', function (e) { setState({ pass: e.target.checked ? '1' : '0' }); });
  byId('f-reset').addEventListener('click', function () { setState(filtersOnly({})); });
  body.addEventListener('scroll', queueRender, { passive: true });
  window.addEventListener('resize', queueRender);
  var rowsEl = byId('grid-rows');
  rowsEl.addEventListener('click', function (e) {
    var row = e.target.closest('.grid-row');
    if (row) openFinding(Number(row.getAttribute('data-i')));
  });
  rowsEl.addEventListener('keydown', function (e) {
    var row = e.target.closest('.grid-row');
    if (!row) return;
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openFinding(Number(row.getAttribute('data-i'))); }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      var pos = Number(row.getAttribute('data-pos')) + (e.key === 'ArrowDown' ? 1 : -1);
      if (pos < 0 || pos >= result.length) return;
      var bodyEl = byId('grid-body');
      if (pos * ROW_H < bodyEl.scrollTop) bodyEl.scrollTop = pos * ROW_H;
      if ((pos + 1) * ROW_H > bodyEl.scrollTop + bodyEl.clientHeight) bodyEl.scrollTop = (pos + 1) * ROW_H - bodyEl.clientHeight;
      renderRows();
      var next = rowsEl.querySelector('[data-pos="' + pos + '"]');
      if (next) next.focus();
    }
  });
}
function syncControls() {
  var set = function (id, v) { var e = byId(id); if (e && e.value !== v) e.value = v; };
  if (document.activeElement !== byId('f-q')) set('f-q', state.q);
  set('f-status', state.status); set('f-sev', state.sev); set('f-svc', state.svc); set('f-region', state.region); set('f-acct', state.acct);
  set('f-check', state.check); set('f-fw', state.fw); set('f-muted', state.muted);
  // With a status filter the box follows it (checked for PASS, unchecked otherwise) and is disabled.
  var passBox = byId('f-pass');
  passBox.checked = state.status ? state.status === 'PASS' : state.pass !== '0';
  passBox.disabled = Boolean(state.status);
  passBox.title = state.status ? 'The status filter decides which statuses are shown' : '';
  var req = byId('f-req');
  if (req.getAttribute('data-fw') !== state.fw) {
    req.setAttribute('data-fw', state.fw);
    clear(req).appendChild(option('', state.fw ? 'All requirements' : 'Requirement (pick a framework)'));
    if (state.fw) {
      var ids = {};
      D.compl.forEach(function (c) { c.pairs.forEach(function (p) { if (p[0] === state.fw) p[1].forEach(function (r) { ids[r] = true; }); }); });
      var f = D.fwById[state.fw];
      if (f) f.requirements.forEach(function (r) { ids[r.id] = true; });
      Object.keys(ids).sort(natCmp).forEach(function (r) { req.appendChild(option(r, r)); });
    }
    req.disabled = !state.fw;
  }
  set('f-req', state.req);
  document.querySelectorAll('.grid-head .sort').forEach(function (b) {
    var k = b.getAttribute('data-sort');
    b.setAttribute('aria-sort', state.sort === k ? (state.dir === 'desc' ? 'descending' : 'ascending') : 'none');
    b.parentNode.setAttribute('aria-sort', state.sort === k ? (state.dir === 'desc' ? 'descending' : 'ascending') : 'none');
  });
}
function queueRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(function () { renderQueued = false; renderRows(); });
}
function renderRows() {
  var body = byId('grid-body'), rowsEl = byId('grid-rows');
  if (!body || state.view !== 'findings') return;
  var total = result.length;
  var viewH = body.clientHeight || 600;
  var first = Math.max(0, Math.floor(body.scrollTop / ROW_H) - OVERSCAN);
  var last = Math.min(total, Math.ceil((body.scrollTop + viewH) / ROW_H) + OVERSCAN);
  rowsEl.style.transform = 'translateY(' + first * ROW_H + 'px)';
  var frag = document.createDocumentFragment();
  for (var pos = first; pos < last; pos++) {
    var i = result[pos], c = rowCheck(i), r = D.rows[i], muted = D.mu[i];
    var resName = rowResource(i);
    frag.appendChild(h('div', { cls: 'grid-row' + (muted ? ' is-muted' : '') + (pos % 2 ? ' odd' : ''), role: 'row', tabindex: '0',
      'data-i': i, 'data-pos': pos, 'aria-rowindex': pos + 2 }, [
      h('div', { cls: 'cell col-status', role: 'cell' }, [badge('st', rowStatus(i)), muted ? h('span', { cls: 'tag-muted', text: 'MUTED' }) : null]),
      h('div', { cls: 'cell col-sev', role: 'cell' }, [badge('sev', c.severity)]),
      h('div', { cls: 'cell col-check', role: 'cell', title: c.id, text: c.title }),
      h('div', { cls: 'cell col-svc', role: 'cell', text: c.service }),
      h('div', { cls: 'cell col-region', role: 'cell', text: rowRegion(i) }),
      h('div', { cls: 'cell col-resource', role: 'cell', title: r[F.arn], text: resName }),
      h('div', { cls: 'cell col-msg', role: 'cell', title: r[F.message], text: r[F.message] })
    ]));
  }
  clear(rowsEl).appendChild(frag);
}
function renderFindings() {
  syncControls();
  var changed = computeResult();
  var body = byId('grid-body');
  byId('grid-spacer').style.height = result.length * ROW_H + 'px';
  if (changed) body.scrollTop = 0;
  var count = byId('f-count');
  count.textContent = 'Showing ' + fmt(result.length) + ' of ' + fmt(D.n) + ' findings';
  count.setAttribute('data-count', String(result.length));
  byId('grid').setAttribute('aria-rowcount', String(result.length + 1));
  renderRows();
}

// ---------- detail drawer ----------
function findUid(uid) {
  if (!uidIndex) {
    uidIndex = new Map();
    for (var i = 0; i < D.n; i++) uidIndex.set(D.rows[i][F.uid], i);
  }
  var v = uidIndex.get(uid);
  return v === undefined ? -1 : v;
}
function openFinding(i) { setState({ open: D.rows[i][F.uid] }); }
function kv(pairs, cls) {
  var dl = h('dl', { cls: 'kv ' + (cls || '') });
  pairs.forEach(function (p) {
    if (p[1] === undefined || p[1] === null || p[1] === '') return;
    dl.appendChild(h('div', null, [h('dt', { text: p[0] }), h('dd', null, [typeof p[1] === 'object' ? p[1] : String(p[1])])]));
  });
  return dl;
}
function recordTable(obj, cls, empty) {
  var keys = obj ? Object.keys(obj) : [];
  if (!keys.length) return h('p', { cls: 'empty', text: empty });
  var t = h('table', { cls: 'record ' + cls });
  keys.forEach(function (k) {
    var v = obj[k];
    t.appendChild(h('tr', null, [h('th', { text: k }), h('td', { text: Array.isArray(v) ? v.join(', ') : String(v) })]));
  });
  return t;
}
function codeBlock(label, text, cls) {
  if (!text) return null;
  return h('div', { cls: 'code ' + cls }, [h('div', { cls: 'code-label', text: label }), h('pre', null, [h('code', { text: text })])]);
}
function renderDrawer() {
  var drawer = byId('drawer'), backdrop = byId('drawer-backdrop');
  var i = state.open ? findUid(state.open) : -1;
  if (i < 0) {
    if (!drawer.hidden) { drawer.hidden = true; backdrop.hidden = true; clear(drawer); }
    return;
  }
  if (!drawer.hidden && drawer.getAttribute('data-uid') === state.open) return;
  var r = D.rows[i], c = rowCheck(i), rem = c.remediation || {};
  var resRegion = r[F.resRegion] === null || r[F.resRegion] === undefined ? rowRegion(i) : dictValue(D.regions, r[F.resRegion]);
  var err = r[F.error];
  var mutedBy = r[F.mutedBy] === null || r[F.mutedBy] === undefined ? '' : dictValue(D.meta.dict.mutedBy, r[F.mutedBy]);
  var url = safeUrl(rem.url);
  var compl = D.compl[D.cs[i]].pairs;
  var complList = h('ul', { cls: 'compl-list', id: 'detail-compliance' });
  compl.forEach(function (p) {
    var fw = p[0];
    var li = h('li', { 'data-framework': fw }, [h('span', { cls: 'fw-label', text: D.labels[fw] || fw }), ' ']);
    p[1].forEach(function (rid) {
      li.appendChild(h('button', { type: 'button', cls: 'chip', 'data-requirement': rid, text: rid,
        title: D.fwById[fw] ? 'Show requirement ' + rid + ' in the compliance view' : 'List findings of requirement ' + rid,
        on: { click: function () {
          if (D.fwById[fw]) setState({ view: 'compliance', cfw: fw, creq: rid, cst: '', open: '' });
          else setState(filtersOnly({ fw: fw, req: rid }));
        } } }));
      li.appendChild(document.createTextNode(' '));
    });
    complList.appendChild(li);
  });
  clear(drawer);
  drawer.setAttribute('data-uid', state.open);
  var closeBtn = h('button', { type: 'button', cls: 'close', id: 'drawer-close', 'aria-label': 'Close details', text: '×',
    on: { click: closeDrawer } });
  append(drawer, [
    h('div', { cls: 'drawer-head' }, [
      h('div', null, [badge('st', rowStatus(i)), ' ', badge('sev', c.severity), D.mu[i] ? h('span', { cls: 'tag-muted', text: 'MUTED' }) : null]),
      closeBtn
    ]),
    h('h2', { id: 'drawer-title', text: c.title }),
    h('p', { cls: 'mono small', text: c.id + ' · ' + c.service + (c.resourceType ? ' · ' + c.resourceType : '') }),
    h('section', { id: 'detail-status' }, [h('h3', { text: 'Status detail' }), h('p', { cls: 'message', text: r[F.message] || '' }),
      mutedBy ? h('p', { cls: 'small', text: 'Muted by: ' + mutedBy }) : null,
      err ? kv([['Call', err[2]], ['Error code', err[1]], ['Kind', err[0]], ['Message', err[3]]], 'error-kv') : null]),
    h('section', { id: 'detail-resource' }, [h('h3', { text: 'Resource' }), kv([
      ['ARN', r[F.arn]], ['ID', r[F.id]], ['Name', r[F.name]], ['Region', resRegion],
      ['Account', dictValue(D.meta.dict.account, r[F.account])], ['Type', c.resourceType]
    ], 'res-kv'), h('h4', { text: 'Tags' }), recordTable(r[F.tags], 'tags', 'No tags.'),
      r[F.details] ? h('h4', { text: 'Details' }) : null, r[F.details] ? recordTable(r[F.details], 'details', '') : null]),
    h('section', { id: 'detail-description' }, [h('h3', { text: 'Description' }), h('p', { text: c.description }),
      h('h3', { text: 'Risk' }), h('p', { text: c.risk })]),
    h('section', { id: 'detail-remediation' }, [h('h3', { text: 'Remediation' }), h('p', { text: rem.text || '' }),
      url ? h('p', null, [h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: url })]) : null,
      codeBlock('CLI', rem.cli, 'cli'), codeBlock('Terraform', rem.terraform, 'terraform'),
      codeBlock('CloudFormation / native IaC', rem.nativeIaC, 'native'), codeBlock('Other', rem.other, 'other')]),
    h('section', { id: 'detail-compliance-section' }, [h('h3', { text: 'Compliance requirements' }),
      compl.length ? complList : h('p', { cls: 'empty', text: 'This finding maps to no framework requirement.' })]),
    r[F.params] ? h('section', null, [h('h3', { text: 'Parameters' }), recordTable(r[F.params], 'params', '')]) : null,
    h('section', null, [h('h3', { text: 'Finding' }), kv([['UID', r[F.uid]], ['Time', fmtDate(dictValue(D.meta.dict.ts, r[F.ts]))]])])
  ]);
  var wasHidden = drawer.hidden;
  drawer.hidden = false;
  backdrop.hidden = false;
  drawer.scrollTop = 0;
  if (wasHidden) closeBtn.focus();
}
function closeDrawer() {
  setState({ open: '' });
  var row = document.querySelector('#grid-rows .grid-row');
  if (row && state.view === 'findings') row.focus();
}

// ---------- compliance view ----------
function buildCompliance() {
  var root = clear(byId('view-compliance'));
  if (!D.frameworks.length) { root.appendChild(h('p', { cls: 'empty', text: 'No compliance framework was selected for this scan.' })); return; }
  var fwSel = select('c-fw', 'Framework', D.frameworks.map(function (f) { return option(f.id, f.label + ' · ' + f.name); }));
  var stSel = select('c-st', 'Requirement status', [option('', 'All requirement statuses')].concat(REQ_STATUSES.map(function (v) { return option(v, v); })));
  fwSel.addEventListener('change', function () { setState({ cfw: fwSel.value, creq: '' }); });
  stSel.addEventListener('change', function () { setState({ cst: stSel.value }); });
  append(root, [
    h('div', { cls: 'toolbar no-print' }, [fwSel, stSel]),
    h('p', { cls: 'hint', text: 'A requirement FAILs if an unmuted finding of its checks fails; else ERROR if one could not be evaluated; else NOT IMPLEMENTED if prowl lacks one of its checks; else NOT RUN if one was not selected; else MANUAL if a check asks for a manual review; else PASS (also when there was nothing to assess). Requirements without an automated check are MANUAL. The console table and the compliance CSV count the same way.' }),
    h('div', { id: 'c-body' })
  ]);
}
function renderCompliance() {
  if (!D.frameworks.length) return;
  var f = D.fwById[state.cfw] || D.frameworks[0];
  byId('c-fw').value = f.id;
  byId('c-st').value = state.cst;
  var key = f.id + '\u0002' + state.cst + '\u0002' + state.creq;
  var bodyEl = byId('c-body');
  if (bodyEl.getAttribute('data-key') === key) return;
  bodyEl.setAttribute('data-key', key);
  clear(bodyEl);
  var agg = D.req[f.id];
  var tally = h('div', { cls: 'tally', id: 'c-tally' }, [h('strong', { text: f.name + (f.version ? ' ' + f.version : '') }), ' · ' + f.requirements.length + ' requirements: ']);
  REQ_STATUSES.forEach(function (x) {
    tally.appendChild(h('button', { type: 'button', cls: 'chip st-' + stKey(x), 'data-status': x, 'data-count': f.tally[x],
      text: x + ' ' + f.tally[x], on: { click: function () { setState({ cst: state.cst === x ? '' : x }); } } }));
    tally.appendChild(document.createTextNode(' '));
  });
  bodyEl.appendChild(tally);
  var sections = [], bySection = {};
  f.requirements.forEach(function (r) {
    if (!bySection[r.section]) { bySection[r.section] = []; sections.push(r.section); }
    bySection[r.section].push(r);
  });
  var shown = 0;
  sections.forEach(function (name) {
    var reqs = bySection[name];
    var st = {};
    reqs.forEach(function (r) { st[agg[r.id].status] = (st[agg[r.id].status] || 0) + 1; });
    var visible = reqs.filter(function (r) { return !state.cst || agg[r.id].status === state.cst; });
    if (!visible.length) return;
    shown += visible.length;
    var sec = h('section', { cls: 'c-section', 'data-section': name }, [h('h3', null, [name + ' ',
      h('span', { cls: 'small muted-text', text: '(' + REQ_STATUSES.filter(function (x) { return st[x]; }).map(function (x) { return st[x] + ' ' + x; }).join(', ') + ')' })])]);
    var sub = '';
    visible.forEach(function (r) {
      if ((r.subsection || '') !== sub) {
        sub = r.subsection || '';
        if (sub) sec.appendChild(h('h4', { cls: 'c-subsection', text: sub }));
      }
      sec.appendChild(requirementRow(f, r, agg[r.id]));
    });
    bodyEl.appendChild(sec);
  });
  if (!shown) bodyEl.appendChild(h('p', { cls: 'empty', text: 'No requirement has this status.' }));
  if (state.creq) {
    var open = bodyEl.querySelector('.req.open');
    if (open && open.scrollIntoView) open.scrollIntoView({ block: 'nearest' });
  }
}
function requirementRow(f, r, g) {
  var open = state.creq === r.id;
  var counts = [1, 3, 0, 2].filter(function (si) { return g.counts[si]; }).map(function (si) { return g.counts[si] + ' ' + STATUSES[si]; });
  var wrap = h('div', { cls: 'req' + (open ? ' open' : ''), 'data-requirement': r.id, 'data-status': g.status });
  wrap.appendChild(h('button', { type: 'button', cls: 'req-head', 'aria-expanded': open ? 'true' : 'false',
    on: { click: function () { setState({ creq: open ? '' : r.id }); } } }, [
    badge('st', g.status), h('span', { cls: 'req-id', text: r.id }),
    h('span', { cls: 'req-title', text: r.title || '' }),
    h('span', { cls: 'req-counts', text: r.checks.length ? (counts.length ? counts.join(', ') : 'no findings') + (r.note ? ' · ' + r.note : '') : 'no automated check' })
  ]));
  if (!open) return wrap;
  var panel = h('div', { cls: 'req-body', id: 'req-findings' });
  var meta = [r.profile, r.assessment].filter(Boolean).join(' · ');
  if (meta) panel.appendChild(h('p', { cls: 'small req-meta', text: meta }));
  panel.appendChild(h('p', { cls: 'small' }, ['Checks: ', r.checks.length ? r.checks.join(', ') : 'none']));
  if (r.missing) panel.appendChild(h('p', { cls: 'small req-missing', text: 'Not implemented in prowl yet: ' + r.missing.join(', ') + '. This requirement cannot pass until they are.' }));
  if (r.notRun) panel.appendChild(h('p', { cls: 'small', text: 'Not selected for this scan: ' + r.notRun.join(', ') + '.' }));
  if (r.deviation) panel.appendChild(h('p', { cls: 'small req-deviation', text: 'prowl maps this requirement differently from Prowler: ' + r.deviation }));
  if (!r.checks.length) {
    panel.appendChild(h('p', { cls: 'empty', text: 'No automated check covers this requirement: assess it manually.' }));
  } else {
    var want = f.id + '\u0001' + r.id, list = [];
    for (var j = 0; j < D.n; j++) {
      var i = D.base[j];
      if (D.compl[D.cs[i]].keys[want]) list.push(i);
    }
    if (!list.length) panel.appendChild(h('p', { cls: 'empty', text: r.status === 'PASS' ? 'Its checks ran and found nothing to assess (no resources of their kind): PASS.' : 'Its checks produced no finding in this scan.' }));
    else {
      var ul = h('ul', { cls: 'req-findings' });
      list.slice(0, LIST_LIMIT).forEach(function (i) {
        ul.appendChild(h('li', null, [h('button', { type: 'button', cls: 'req-finding', 'data-i': i,
          on: { click: function () { openFinding(i); } } }, [badge('st', rowStatus(i)), D.mu[i] ? h('span', { cls: 'tag-muted', text: 'muted' }) : null,
          ' ', badge('sev', rowSev(i)), ' ', h('span', { cls: 'rf-title', text: rowCheck(i).title }), ' ',
          h('span', { cls: 'rf-res', text: rowResource(i) + ' · ' + rowRegion(i) })])]));
      });
      panel.appendChild(ul);
      panel.appendChild(h('button', { type: 'button', cls: 'primary', id: 'req-show-all',
        text: (list.length > LIST_LIMIT ? 'Show all ' + fmt(list.length) : 'Show these ' + fmt(list.length)) + ' findings in the table',
        on: { click: function () { setState(filtersOnly({ fw: f.id, req: r.id })); } } }));
    }
  }
  wrap.appendChild(panel);
  return wrap;
}

// ---------- print ----------
function buildPrint() {
  var root = byId('print-fails');
  if (!D || root.getAttribute('data-built') === '1') return;
  root.setAttribute('data-built', '1');
  var fails = [];
  for (var j = 0; j < D.n; j++) { var i = D.base[j]; if (D.st[i] === 1 && !D.mu[i]) fails.push(i); }
  // One row per check (in the default order: severity, then check), with its failing resources listed in it.
  var byCheck = [], seen = {};
  fails.forEach(function (i) {
    var c = D.chk[i];
    if (!seen[c]) byCheck.push(seen[c] = { chk: c, rows: [] });
    seen[c].rows.push(i);
  });
  var table = h('table', { cls: 'print-table', id: 'print-fails-table' }, [h('thead', null, [h('tr', null, ['Severity', 'Check', 'FAIL', 'Resources (region: resource, detail)'].map(function (t) { return h('th', { text: t }); }))])]);
  var tb = h('tbody');
  byCheck.forEach(function (g) {
    var first = g.rows[0], c = rowCheck(first);
    tb.appendChild(h('tr', { 'data-check': c.id }, [h('td', { text: rowSev(first) }), h('td', null, [c.title, h('div', { cls: 'mono small', text: c.id })]),
      h('td', { text: fmt(g.rows.length) }),
      h('td', null, [h('ul', { cls: 'print-resources' }, g.rows.map(function (i) {
        var r = D.rows[i];
        return h('li', null, [h('span', { cls: 'mono small', text: rowRegion(i) + ': ' + (r[F.arn] || rowResource(i)) }), ' ', h('span', { cls: 'small', text: r[F.message] })]);
      }))])]));
  });
  table.appendChild(tb);
  append(clear(root), [h('h2', { text: 'Failed findings (' + fmt(fails.length) + ' in ' + fmt(byCheck.length) + (byCheck.length === 1 ? ' check' : ' checks') + ', muted left out)' }),
    fails.length ? table : h('p', { text: 'No failing findings.' })]);
}

// ---------- views ----------
function apply() {
  if (!D) return;
  ['overview', 'findings', 'compliance'].forEach(function (v) {
    byId('view-' + v).hidden = state.view !== v;
    var tab = byId('tab-' + v);
    tab.setAttribute('aria-selected', state.view === v ? 'true' : 'false');
  });
  byId('summary').hidden = state.view !== 'overview';
  if (state.view === 'findings') renderFindings();
  if (state.view === 'compliance') renderCompliance();
  renderDrawer();
}

function start(meta, rows) {
  D = prepare(meta, rows);
  renderSummary();
  buildOverview();
  buildFindings();
  buildCompliance();
  document.querySelectorAll('.tabs [data-view]').forEach(function (b) {
    b.addEventListener('click', function () { setState({ view: b.getAttribute('data-view') }); });
  });
  byId('drawer-backdrop').addEventListener('click', closeDrawer);
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && state.open) closeDrawer(); });
  byId('print-btn').addEventListener('click', function () { buildPrint(); window.print(); });
  window.addEventListener('beforeprint', buildPrint);
  window.addEventListener('hashchange', function () {
    if (location.hash.replace(/^#/, '') === lastHash) return;
    readHash();
    lastHash = hashOf();
    apply();
  });
  readHash();
  lastHash = location.hash.replace(/^#/, '');
  apply();
  var line = byId('status-line');
  line.hidden = true;
  line.textContent = '';
  byId('app').setAttribute('data-ready', '1');
}

function load() {
  if (typeof DecompressionStream === 'undefined') {
    fatal('This browser cannot read the report data (it lacks DecompressionStream). Open the file in a current Chrome, Edge, Firefox or Safari.');
    return;
  }
  var meta;
  inflate(bytesOf('prowl-meta')).then(function (text) {
    meta = JSON.parse(text);
    if (meta.format !== 'prowl-html/1') throw new Error('unknown data format ' + meta.format);
    byId('status-line').textContent = 'Loading ' + fmt(meta.count) + ' findings…';
    return inflate(bytesOf('prowl-data'));
  }).then(function (text) {
    start(meta, JSON.parse(text));
  }).catch(function (e) {
    fatal('Could not read the report data: ' + (e && e.message ? e.message : String(e)));
    if (window.console) console.error(e);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', load);
else load();
})();
`;

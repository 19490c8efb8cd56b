/**
 * The HTML shell of the report: styles, static layout, the app script and two data blocks (metadata and
 * rows, both gzip + base64). Nothing from a scan is interpolated into the markup: the only values written
 * into the file are base64 text, whose alphabet cannot close a tag. The Content-Security-Policy allows the
 * app script by its sha256 hash and nothing else (no network, no eval, no other script).
 */
import { createHash } from 'node:crypto';
import { APP_JS } from './app.js';
import { APP_CSS } from './style.js';

const SCRIPT_HASH = `sha256-${createHash('sha256').update(APP_JS, 'utf8').digest('base64')}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src '${SCRIPT_HASH}'`,
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const SHELL = `
<div id="app" data-ready="0">
<header class="top">
  <div class="brand"><span class="logo" aria-hidden="true">◆</span> prowl <span class="sub">AWS security report</span></div>
  <nav class="tabs" role="tablist" aria-label="Views">
    <button type="button" role="tab" data-view="overview" id="tab-overview">Overview</button>
    <button type="button" role="tab" data-view="findings" id="tab-findings">Findings</button>
    <button type="button" role="tab" data-view="compliance" id="tab-compliance">Compliance</button>
  </nav>
  <button type="button" class="print-btn" id="print-btn" title="Print, or save as PDF">Print / PDF</button>
</header>
<div id="status-line" class="loading" role="status">Loading report data…</div>
<noscript><p class="fatal">This report needs JavaScript to show its findings.</p></noscript>
<main>
  <section id="summary" class="summary" aria-label="Scan summary"></section>
  <section id="view-overview" class="view" aria-label="Overview"></section>
  <section id="view-findings" class="view" aria-label="Findings" hidden></section>
  <section id="view-compliance" class="view" aria-label="Compliance" hidden></section>
  <section id="print-fails" class="print-only" aria-hidden="true"></section>
</main>
<div id="drawer-backdrop" class="backdrop" hidden></div>
<aside id="drawer" class="drawer" role="dialog" aria-modal="true" aria-labelledby="drawer-title" hidden></aside>
</div>`;

/** The document in three parts; the writer puts the metadata base64 between head and middle and the rows between middle and tail. */
export function renderDocument(): { head: string; middle: string; tail: string } {
  const head =
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n` +
    '<meta name="referrer" content="no-referrer">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="generator" content="prowl">\n' +
    '<title>prowl report</title>\n' +
    `<style>${APP_CSS}</style>\n</head>\n<body>${SHELL}\n` +
    `<script>${APP_JS}</script>\n` +
    '<script type="application/octet-stream" id="prowl-meta" data-encoding="gzip+base64">';
  const middle = '</script>\n<script type="application/octet-stream" id="prowl-data" data-encoding="gzip+base64">\n';
  const tail = '</script>\n</body>\n</html>\n';
  return { head, middle, tail };
}

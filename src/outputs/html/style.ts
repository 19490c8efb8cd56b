/** The report's stylesheet: system fonts, light theme, a print layout (summary page, then the FAIL list). */
export const APP_CSS = String.raw`
:root {
  --bg: #f6f7f9; --panel: #fff; --fg: #1f2328; --muted: #656d76; --line: #d8dee4; --accent: #0a58ca;
  --pass: #1a7f37; --fail: #cf222e; --manual: #6e7781; --error: #8250df;
  --critical: #7d0a0a; --high: #d1242f; --medium: #e16f24; --low: #b08800; --informational: #0969da;
  --row-h: 34px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px; color: var(--fg); background: var(--bg);
}
* { box-sizing: border-box; }
body { margin: 0; }
[hidden] { display: none !important; }
button { font: inherit; cursor: pointer; }
input, select { font: inherit; }
.mono, code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
.small { font-size: 12px; }
.muted-text, .hint { color: var(--muted); font-size: 12px; }
.top { display: flex; align-items: center; gap: 16px; padding: 8px 20px; background: #111827; color: #fff; position: sticky; top: 0; z-index: 5; }
.brand { font-weight: 700; font-size: 16px; white-space: nowrap; }
.brand .sub { font-weight: 400; opacity: .7; margin-left: 4px; }
.logo { color: #f59e0b; }
.tabs { display: flex; gap: 4px; flex: 1; }
.tabs button { background: transparent; color: #cbd5e1; border: 0; padding: 8px 12px; border-radius: 6px; }
.tabs button[aria-selected="true"] { background: #374151; color: #fff; }
.tabs button:hover { color: #fff; }
.print-btn { background: transparent; color: #cbd5e1; border: 1px solid #4b5563; border-radius: 6px; padding: 6px 10px; }
main { padding: 16px 20px 40px; max-width: 1600px; margin: 0 auto; }
.loading, .fatal { margin: 16px 20px; padding: 12px 16px; border-radius: 8px; background: #fff8c5; border: 1px solid #d4a72c; }
.fatal { background: #ffebe9; border-color: var(--fail); }
h1 { font-size: 22px; margin: 4px 0 12px; word-break: break-all; }
h2.sub-h { font-size: 15px; margin: 20px 0 8px; }
.summary-grid { display: grid; grid-template-columns: minmax(300px, 1fr) minmax(320px, 1.2fr); gap: 16px; }
.facts { display: grid; grid-template-columns: 1fr; gap: 2px; margin: 0; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.facts div { display: grid; grid-template-columns: 130px 1fr; gap: 8px; padding: 3px 0; border-bottom: 1px solid #eef1f4; }
.facts div:last-child { border-bottom: 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; word-break: break-all; }
.summary-side { display: flex; flex-direction: column; gap: 12px; }
.score { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; display: flex; align-items: baseline; gap: 12px; }
.score-value { font-size: 36px; font-weight: 700; }
.score-label { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }
.card { background: var(--panel); border: 1px solid var(--line); border-left: 5px solid var(--manual); border-radius: 8px; padding: 8px 12px; text-align: left; display: flex; flex-direction: column; color: inherit; }
.card-value { font-size: 22px; font-weight: 700; }
.card-label { color: var(--muted); font-size: 12px; }
.card-note { color: var(--muted); font-size: 11px; }
.card.st-PASS { border-left-color: var(--pass); }
.card.st-FAIL { border-left-color: var(--fail); }
.card.st-ERROR { border-left-color: var(--error); }
.card.muted-card { border-left-color: #afb8c1; }
.card.total-card { border-left-color: var(--fg); }
button.card:hover { box-shadow: 0 1px 4px rgba(0,0,0,.15); }
.sev-table, .record, .print-table { border-collapse: collapse; background: var(--panel); }
.sev-table { border: 1px solid var(--line); border-radius: 8px; min-width: 480px; }
.sev-table th, .sev-table td { padding: 6px 14px; border-bottom: 1px solid #eef1f4; text-align: right; }
.sev-table th:first-child { text-align: left; }
button.link { background: none; border: 0; color: var(--accent); padding: 0; text-decoration: underline; }
.badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 11px; font-weight: 600; color: #fff; line-height: 18px; text-transform: none; white-space: nowrap; }
.st-PASS.badge { background: var(--pass); } .st-FAIL.badge { background: var(--fail); }
.st-MANUAL.badge { background: var(--manual); } .st-ERROR.badge { background: var(--error); }
.st-NOT-IMPLEMENTED.badge { background: #6a5acd; } .st-NOT-RUN.badge { background: #8c959f; }
.sev-critical.badge { background: var(--critical); } .sev-high.badge { background: var(--high); }
.sev-medium.badge { background: var(--medium); } .sev-low.badge { background: var(--low); }
.sev-informational.badge { background: var(--informational); }
.tag-muted { display: inline-block; margin-left: 4px; padding: 1px 6px; border-radius: 10px; font-size: 11px; font-weight: 700; line-height: 16px; color: #fff; background: #475569; letter-spacing: 0.02em; }
.facts dd.region-list { word-break: normal; }
.region-name { white-space: nowrap; }
.overview-pair { display: grid; grid-template-columns: minmax(300px, 1fr) minmax(320px, 1.2fr); gap: 16px; align-items: start; }
.top-checks { width: 100%; }
.top-checks td.top-check-title { max-width: 420px; text-align: left; }
.top-checks td.top-check-title button.link { text-align: left; }
.region-sev { margin-top: 8px; font-size: 12px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; align-items: start; margin-top: 16px; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; margin: 0; }
figcaption { font-weight: 600; margin-bottom: 8px; }
.chart { width: 100%; height: auto; display: block; font-size: 12px; }
.chart .hit { fill: transparent; }
.chart .bar { cursor: pointer; outline: none; }
.chart .bar:hover .hit, .chart .bar:focus .hit { fill: #eef3fb; }
.chart .bar-label { fill: var(--fg); }
.chart .bar-value { fill: var(--muted); }
.chart .bar-fill { fill: var(--fail); }
.chart .sev-critical .bar-fill { fill: var(--critical); } .chart .sev-high .bar-fill { fill: var(--high); }
.chart .sev-medium .bar-fill { fill: var(--medium); } .chart .sev-low .bar-fill { fill: var(--low); }
.chart .sev-informational .bar-fill { fill: var(--informational); }
.chart .seg { cursor: pointer; outline: none; }
.chart .seg:hover rect, .chart .seg:focus rect { opacity: .8; stroke: #111; stroke-width: 1; }
.chart .seg.st-PASS rect { fill: var(--pass); } .chart .seg.st-FAIL rect { fill: var(--fail); }
.chart .seg.st-MANUAL rect { fill: var(--manual); } .chart .seg.st-ERROR rect { fill: var(--error); }
.chart .seg.st-NOT-IMPLEMENTED rect { fill: #6a5acd; } .chart .seg.st-NOT-RUN rect { fill: #8c959f; }
.chart .seg-text { fill: #fff; font-weight: 600; pointer-events: none; }
.legend { font-size: 12px; color: var(--muted); margin: 6px 0 0; }
.empty { color: var(--muted); font-style: italic; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 8px; }
.toolbar input[type=search] { flex: 1 1 260px; min-width: 200px; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; }
.toolbar select { padding: 5px 6px; border: 1px solid var(--line); border-radius: 6px; background: #fff; max-width: 220px; }
.toolbar button { padding: 5px 10px; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
.toolbar label.check { white-space: nowrap; }
.toolbar select#c-fw { max-width: 520px; }
.count-line { margin: 4px 0 8px; }
#f-count { font-weight: 600; }
.grid { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.grid-row { display: grid; grid-template-columns: 104px 104px minmax(200px, 2fr) 104px 130px minmax(160px, 1.6fr) minmax(220px, 3fr); align-items: center; height: var(--row-h); border-bottom: 1px solid #eef1f4; }
.grid-head { background: #f0f3f6; font-weight: 600; height: 36px; }
.grid-head .sort { background: none; border: 0; padding: 0; font-weight: 600; color: inherit; }
.grid-head .sort[aria-sort="ascending"]::after { content: " ▲"; font-size: 10px; }
.grid-head .sort[aria-sort="descending"]::after { content: " ▼"; font-size: 10px; }
.grid-body { position: relative; overflow-y: auto; overflow-x: hidden; height: calc(100vh - 240px); min-height: 320px; }
.grid-spacer { width: 1px; }
.grid-rows { position: absolute; top: 0; left: 0; right: 0; will-change: transform; }
.grid-rows .grid-row { cursor: pointer; }
.grid-rows .grid-row.odd { background: #fafbfc; }
.grid-rows .grid-row:hover, .grid-rows .grid-row:focus { background: #eef3fb; outline: none; }
.grid-row.is-muted { color: var(--muted); }
.cell { padding: 0 8px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.backdrop { position: fixed; inset: 0; background: rgba(15, 23, 42, .35); z-index: 10; }
.drawer { position: fixed; top: 0; right: 0; bottom: 0; width: min(640px, 100vw); background: var(--panel); z-index: 11; overflow-y: auto; padding: 14px 20px 40px; box-shadow: -4px 0 16px rgba(0,0,0,.2); }
.drawer-head { display: flex; justify-content: space-between; align-items: center; }
.drawer h2 { font-size: 18px; margin: 10px 0 4px; }
.drawer h3 { font-size: 14px; margin: 18px 0 6px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.drawer h4 { font-size: 13px; margin: 10px 0 4px; color: var(--muted); }
.drawer p { margin: 4px 0; line-height: 1.45; }
.drawer .message { background: #f6f8fa; border-left: 3px solid var(--line); padding: 6px 10px; word-break: break-word; }
.close { background: none; border: 0; font-size: 24px; line-height: 1; color: var(--muted); }
.kv { margin: 0; }
.kv div { display: grid; grid-template-columns: 90px 1fr; gap: 8px; padding: 2px 0; }
.kv dt { color: var(--muted); }
.kv dd { margin: 0; word-break: break-all; }
.record { width: 100%; font-size: 12px; }
.record th, .record td { border: 1px solid #eef1f4; padding: 3px 6px; text-align: left; vertical-align: top; word-break: break-all; }
.record th { width: 35%; background: #f6f8fa; font-weight: 600; }
.code { margin: 8px 0; }
.code-label { font-size: 11px; color: var(--muted); font-weight: 600; text-transform: uppercase; }
.code pre { background: #0f172a; color: #e2e8f0; padding: 8px 10px; border-radius: 6px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; font-size: 12px; margin: 2px 0; }
.compl-list { list-style: none; padding: 0; margin: 0; }
.compl-list li { margin: 4px 0; }
.fw-label { font-weight: 600; margin-right: 4px; }
.chip { border: 1px solid var(--line); background: #f6f8fa; border-radius: 12px; padding: 1px 9px; font-size: 12px; color: inherit; }
.chip:hover { border-color: var(--accent); }
.chip.st-FAIL { border-color: var(--fail); } .chip.st-PASS { border-color: var(--pass); }
.chip.st-ERROR { border-color: var(--error); }
.tally { margin: 8px 0 12px; }
.c-section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 6px 12px 10px; margin-bottom: 12px; }
.c-section h3 { font-size: 14px; margin: 6px 0; }
.req { border-top: 1px solid #eef1f4; }
.req-head { display: grid; grid-template-columns: 128px 70px minmax(160px, 2fr) 1fr; gap: 8px; align-items: center; width: 100%; background: none; border: 0; text-align: left; padding: 6px 2px; color: inherit; }
.req-head:hover { background: #f6f8fa; }
.req.open > .req-head { background: #eef3fb; }
.req-id { font-weight: 600; }
.c-subsection { font-size: 13px; margin: 10px 0 2px; color: var(--muted); }
.req-missing { color: #6a5acd; } .req-deviation { color: var(--muted); font-style: italic; }
.req-head .badge { justify-self: start; }
.req-meta, .req-counts { color: var(--muted); font-size: 12px; }
.req-body { padding: 6px 10px 10px 86px; }
.req-findings { list-style: none; padding: 0; margin: 6px 0; }
.req-finding { background: none; border: 0; padding: 3px 0; text-align: left; color: inherit; width: 100%; }
.req-finding:hover .rf-title { text-decoration: underline; }
.rf-res { color: var(--muted); font-size: 12px; word-break: break-all; }
button.primary { background: var(--accent); color: #fff; border: 0; border-radius: 6px; padding: 6px 12px; }
.print-only { display: none; }
@media (max-width: 900px) { .summary-grid, .overview-pair { grid-template-columns: 1fr; } .charts { grid-template-columns: 1fr; } }
@media print {
  :root { background: #fff; font-size: 11px; }
  .top, .toolbar, .no-print, .drawer, .backdrop, #view-findings, #view-compliance, .loading, .hint { display: none !important; }
  #summary, #view-overview { display: block !important; }
  main { padding: 0; max-width: none; }
  .panel, .card, .facts, .score, .sev-table { break-inside: avoid; box-shadow: none; }
  .charts { grid-template-columns: 1fr 1fr; gap: 8px; }
  .card { border: 1px solid #999; border-left-width: 5px; }
  .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .chart, .card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .print-only { display: block; break-before: page; }
  .summary-grid { grid-template-columns: 1.2fr 1fr; gap: 8px; }
  .facts div { grid-template-columns: 100px 1fr; padding: 1px 0; }
  .score-value { font-size: 26px; }
  .card { padding: 4px 8px; } .card-value { font-size: 16px; }
  h2.sub-h { margin: 8px 0 4px; }
  .sev-table th, .sev-table td { padding: 2px 10px; }
  .panel { padding: 6px 8px; }
  /* Every chart at one scale: all share the 460-unit width, so each fills its column at the same ratio. */
  .chart { width: 100%; height: auto; max-height: none; }
  .c-section, .req { break-inside: avoid; }
  .print-table { width: 100%; font-size: 9px; table-layout: fixed; }
  .print-table th:nth-child(1) { width: 9%; } .print-table th:nth-child(2) { width: 27%; }
  .print-table th:nth-child(3) { width: 6%; } .print-table th:nth-child(4) { width: 58%; }
  .print-resources { margin: 0; padding-left: 12px; }
  .print-table .mono, .print-table .small { font-size: 8px; }
  .print-table th, .print-table td { border: 1px solid #ccc; padding: 2px 4px; text-align: left; vertical-align: top; word-break: break-word; }
  .print-table thead { display: table-header-group; }
  .print-table tr { break-inside: avoid; }
}
`;

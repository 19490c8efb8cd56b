/**
 * The end-of-scan summary and the --verbose finding lines.
 *
 * Summary is an accumulator: add() each finding as it streams by, render() once at the end. It keeps
 * counters per check, service and framework requirement, never the findings themselves, so memory is
 * O(checks + requirements) however large the scan.
 *
 * Requirement status, per framework shown: the one verdict of src/compliance/verdict.ts (FAIL, ERROR,
 * NOT IMPLEMENTED, NOT RUN, MANUAL, PASS), from a ComplianceTracker this summary feeds and the file
 * outputs read at close (summary.compliance), so every output counts the same.
 * Section score = PASS / (PASS + FAIL + ERROR).
 */
import Table from 'cli-table3';
import pc from 'picocolors';
import type { Check } from '../core/check.js';
import type { Finding, Severity, Status } from '../core/types.js';
import { frameworkTitle, type Framework } from '../compliance/index.js';
import { ComplianceTracker, scopeOf, type RequirementStatus } from '../compliance/verdict.js';
import { terminalSafe } from './common.js';

type Colors = ReturnType<typeof pc.createColors>;
type CheckInfo = Pick<Check, 'service' | 'severity'>;

export interface SummaryOptions {
  /** Colour the output; defaults to picocolors' detection (TTY, NO_COLOR, FORCE_COLOR). */
  color?: boolean;
  /** Every check id prowl has (so an unselected one is NOT RUN, not NOT IMPLEMENTED); defaults to the selected checks. */
  implemented?: Iterable<string>;
}

const statusColor = (c: Colors, status: Status | 'MUTED' | 'NOT RUN'): ((s: string) => string) =>
  ({ PASS: c.green, FAIL: c.red, MANUAL: c.yellow, ERROR: c.magenta, MUTED: c.gray, 'NOT RUN': c.dim })[status];

/** One --verbose line: "PASS    us-east-1       check_id  message", coloured by status; control characters in AWS values shown as "?". */
export function formatFindingLine(finding: Finding, _check?: Check, color: boolean = pc.isColorSupported): string {
  const c = pc.createColors(color);
  const status = statusColor(c, finding.muted ? 'MUTED' : finding.status)(finding.status.padEnd(6));
  const muted = finding.muted ? c.gray(` (muted${finding.mutedBy ? `: ${terminalSafe(finding.mutedBy)}` : ''})`) : '';
  return `${status}  ${finding.region.padEnd(14)}  ${finding.checkId}  ${terminalSafe(finding.statusExtended)}${muted}`;
}

/** The summary fits a classic 80-column terminal. */
export const CONSOLE_WIDTH = 80;

/** Wrap prose at word boundaries to `width` columns. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const FAIL_SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((n * 100) / d).toFixed(1)}%`);

export class Summary {
  private readonly counts: Record<Status | 'MUTED', number> = { PASS: 0, FAIL: 0, MANUAL: 0, ERROR: 0, MUTED: 0 };
  /** service -> unmuted FAIL count by severity, and unmuted PASS count. */
  private readonly services = new Map<string, { fails: Record<Severity, number>; pass: number }>();
  /** The requirement verdicts, shared with the file outputs. */
  readonly compliance: ComplianceTracker;
  private readonly c: Colors;

  constructor(
    private readonly frameworks: Framework[],
    private readonly checks: ReadonlyMap<string, CheckInfo>,
    options: SummaryOptions = {},
  ) {
    this.c = pc.createColors(options.color ?? pc.isColorSupported);
    this.compliance = new ComplianceTracker(frameworks, scopeOf(options.implemented ?? checks.keys(), checks.keys()));
  }

  add(finding: Finding): void {
    if (finding.muted) this.counts.MUTED++;
    else this.counts[finding.status]++;

    const info = this.checks.get(finding.checkId);
    const service = info?.service ?? 'unknown';
    let s = this.services.get(service);
    if (!s) this.services.set(service, (s = { fails: { critical: 0, high: 0, medium: 0, low: 0, informational: 0 }, pass: 0 }));
    if (!finding.muted && finding.status === 'FAIL') s.fails[info?.severity ?? 'informational']++;
    if (!finding.muted && finding.status === 'PASS') s.pass++;

    this.compliance.add(finding);
  }

  /** The status of one requirement given what was added so far. */
  requirementStatus(frameworkId: string, requirementId: string): RequirementStatus | undefined {
    const f = this.frameworks.find((x) => x.id === frameworkId);
    const r = f?.requirements.find((x) => x.id === requirementId);
    return f && r ? this.compliance.verdict(f.id, r).status : undefined;
  }

  private table(head: string[], colWidths?: number[]): Table.Table {
    return new Table({
      head: head.map((h) => this.c.bold(h)),
      style: { head: [], border: [], compact: true },
      ...(colWidths ? { colWidths, wordWrap: true, wrapOnWordBoundary: true } : {}),
    });
  }

  private overview(): string {
    const { c, counts } = this;
    const parts = [
      c.green(`${counts.PASS} PASS`),
      c.red(`${counts.FAIL} FAIL`),
      c.gray(`${counts.MUTED} MUTED`),
      c.yellow(`${counts.MANUAL} MANUAL`),
      c.magenta(`${counts.ERROR} ERROR`),
    ];
    const total = counts.PASS + counts.FAIL + counts.MANUAL + counts.ERROR + counts.MUTED;
    const lines = [
      c.bold('Overview'),
      `  Findings: ${parts.join(', ')} (${total} in all)`,
      `  Score: ${c.bold(pct(counts.PASS, counts.PASS + counts.FAIL))} (Prowler 2 score: PASS x 100 / (PASS + FAIL),`,
      '         muted findings excluded)',
    ];
    if (counts.ERROR > 0) {
      const text = `${counts.ERROR === 1 ? '1 finding' : `${counts.ERROR} findings`} could not be evaluated (ERROR): a call was denied or failed; see ${counts.ERROR === 1 ? 'its message' : 'their messages'}.`;
      lines.push(c.magenta(wrap(text, CONSOLE_WIDTH - 2).replace(/^/gm, '  ')));
    }
    return lines.join('\n');
  }

  private servicesTable(): string {
    if (this.services.size === 0) return '';
    const t = this.table(['Service', 'Critical', 'High', 'Medium', 'Low', 'FAIL total', 'PASS']);
    const rows = [...this.services.entries()].map(([name, s]) => ({
      name,
      s,
      total: Object.values(s.fails).reduce((a, b) => a + b, 0),
    }));
    rows.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
    const { c } = this;
    const sevColor: Record<string, (s: string) => string> = { critical: c.red, high: c.red, medium: c.yellow, low: c.blue };
    for (const { name, s, total } of rows) {
      t.push([
        name,
        ...FAIL_SEVERITIES.map((sev) => (s.fails[sev] ? sevColor[sev](String(s.fails[sev])) : '0')),
        total ? c.red(String(total)) : c.green('0'),
        String(s.pass),
      ]);
    }
    return `${c.bold('Failed findings by service')} ${c.dim('(unmuted)')}\n${t.toString()}`;
  }

  private complianceTable(f: Framework): string {
    const { c } = this;
    type Row = Record<RequirementStatus, number>;
    const empty = (): Row => ({ PASS: 0, FAIL: 0, ERROR: 0, MANUAL: 0, 'NOT IMPLEMENTED': 0, 'NOT RUN': 0 });
    const sections = new Map<string, Row>();
    const total = empty();
    for (const { requirement, verdict } of this.compliance.verdicts(f)) {
      let row = sections.get(requirement.section);
      if (!row) sections.set(requirement.section, (row = empty()));
      row[verdict.status]++;
      total[verdict.status]++;
    }
    // 80 columns: the number columns are as wide as their headings, the section names wrap in what is left.
    const numbers = [6, 6, 7, 8, 8, 7, 7];
    const t = this.table(['Section', 'PASS', 'FAIL', 'ERROR', 'MANUAL', 'N/IMPL', 'N/RUN', 'Score'], [CONSOLE_WIDTH - numbers.length - 2 - numbers.reduce((a, b) => a + b, 0), ...numbers]);
    const cells = (row: Row) => [
      row.PASS ? c.green(String(row.PASS)) : '0',
      row.FAIL ? c.red(String(row.FAIL)) : '0',
      row.ERROR ? c.magenta(String(row.ERROR)) : '0',
      row.MANUAL ? c.yellow(String(row.MANUAL)) : '0',
      row['NOT IMPLEMENTED'] ? c.cyan(String(row['NOT IMPLEMENTED'])) : '0',
      String(row['NOT RUN']),
      pct(row.PASS, row.PASS + row.FAIL + row.ERROR),
    ];
    for (const [section, row] of sections) t.push([section, ...cells(row)]);
    t.push([c.bold('Total requirements'), ...cells(total).map((x) => c.bold(x))]);
    const title = `Compliance: ${f.name} ${f.version} (${f.id})`;
    const heading = title.length <= CONSOLE_WIDTH ? `${c.bold(`Compliance: ${f.name} ${f.version}`)} ${c.dim(`(${f.id})`)}` : `${c.bold(`Compliance: ${f.name} ${f.version}`)}\n${c.dim(`(${f.id})`)}`;
    return `${heading}\n${t.toString()}`;
  }

  render(): string {
    const blocks = [this.overview(), this.servicesTable(), ...this.frameworks.map((f) => this.complianceTable(f))];
    if (this.frameworks.length) {
      blocks.push(
        this.c.dim(
          wrap(
            'A requirement FAILs when an unmuted finding of its checks fails; ERROR when some could not be evaluated; N/IMPL when prowl lacks one of its checks; N/RUN when one was not selected; MANUAL when it must be verified by hand; PASS otherwise, also when there was nothing to assess. Score = PASS / (PASS + FAIL + ERROR).',
            CONSOLE_WIDTH,
          ),
        ),
      );
    }
    return blocks.filter(Boolean).join('\n\n');
  }
}

/** One account of a multi-account run, for the console's table of accounts. */
export interface AccountRow {
  accountId: string;
  name?: string;
  counts: Record<Status | 'MUTED', number>;
  unmutedFails: number;
  unmutedPasses: number;
  /** Why the account was not scanned. */
  error?: string;
}

/** The table of accounts after a multi-account run: each account's findings and score, or why it was not scanned. */
export function renderAccountsTable(rows: AccountRow[], options: SummaryOptions = {}): string {
  const c = pc.createColors(options.color ?? pc.isColorSupported);
  const t = new Table({
    head: ['Account', 'Name', 'PASS', 'FAIL', 'MUTED', 'ERROR', 'Score'].map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
  });
  for (const r of rows) {
    const name = terminalSafe(r.name ?? '');
    if (r.error) {
      t.push([r.accountId, name, { colSpan: 5, content: c.magenta(`not scanned: ${terminalSafe(r.error).slice(0, 100)}`) }]);
      continue;
    }
    t.push([
      r.accountId,
      name,
      c.green(String(r.unmutedPasses)),
      r.unmutedFails ? c.red(String(r.unmutedFails)) : '0',
      String(r.counts.MUTED),
      r.counts.ERROR ? c.magenta(String(r.counts.ERROR)) : '0',
      pct(r.unmutedPasses, r.unmutedPasses + r.unmutedFails),
    ]);
  }
  const skipped = rows.filter((r) => r.error).length;
  return `${c.bold('Accounts')} ${c.dim(`(${rows.length - skipped} scanned${skipped ? `, ${skipped} not scanned` : ''}; PASS and FAIL unmuted)`)}\n${t.toString()}`;
}

/**
 * ONE verdict for a framework requirement, used by every output (console table, compliance CSV, HTML
 * report, and the tests that read OCSF back): computed from the findings of a whole scan, before any
 * --status filter.
 *
 * Each check the requirement names gets a state:
 *   NOT IMPLEMENTED  prowl does not have the check yet
 *   NOT RUN          prowl has it, but it was not selected for this scan
 *   FAIL/ERROR/MANUAL/PASS  the worst status of its unmuted findings counted towards this requirement
 *   PASS (no finding)       it ran and found nothing to assess (no resource of that kind), or only muted findings
 * The requirement takes the worst state by STATE_ORDER; a requirement without checks is MANUAL (assess by hand).
 * A requirement is therefore never PASS while one of its checks is missing or did not run.
 */
import type { Finding, Status } from '../core/types.js';
import type { Framework, Requirement } from './index.js';

export type RequirementStatus = Status | 'NOT IMPLEMENTED' | 'NOT RUN';
/** Worst first. */
export const STATE_ORDER: readonly RequirementStatus[] = ['FAIL', 'ERROR', 'NOT IMPLEMENTED', 'NOT RUN', 'MANUAL', 'PASS'];
export const REQUIREMENT_STATUSES = STATE_ORDER;

export interface CheckTally {
  PASS: number;
  FAIL: number;
  ERROR: number;
  MANUAL: number;
  muted: number;
}

export interface VerdictScope {
  /** prowl has this check (built in or custom). */
  implemented(id: string): boolean;
  /** The check was selected for this scan. */
  ran(id: string): boolean;
  /** The check reported findings, but none towards this requirement (it ran with another framework's parameters). */
  reportedElsewhere?(id: string): boolean;
}

export interface CheckState {
  check: string;
  status: RequirementStatus;
  /** The check ran and produced no finding for this requirement. */
  noFinding?: boolean;
  /** Only muted findings. */
  onlyMuted?: boolean;
  /** NOT RUN because it ran only with another framework's parameters. */
  otherParams?: boolean;
}

export interface Verdict {
  status: RequirementStatus;
  /** Why, in a few words ("no resources to assess", "not implemented in prowl: x"). */
  note: string;
  checks: CheckState[];
}

const worse = (a: RequirementStatus, b: RequirementStatus): RequirementStatus => (STATE_ORDER.indexOf(a) <= STATE_ORDER.indexOf(b) ? a : b);

/** The state of one check towards one requirement. */
export function checkState(check: string, tally: CheckTally | undefined, scope: VerdictScope): CheckState {
  if (!scope.implemented(check)) return { check, status: 'NOT IMPLEMENTED' };
  if (!scope.ran(check)) return { check, status: 'NOT RUN' };
  if (!tally && scope.reportedElsewhere?.(check)) return { check, status: 'NOT RUN', otherParams: true };
  if (!tally || tally.PASS + tally.FAIL + tally.ERROR + tally.MANUAL + tally.muted === 0) return { check, status: 'PASS', noFinding: true };
  for (const s of ['FAIL', 'ERROR', 'MANUAL', 'PASS'] as const) if (tally[s] > 0) return { check, status: s };
  return { check, status: 'PASS', onlyMuted: true };
}

/** THE verdict of a requirement, from the per-check tallies of its findings. */
export function requirementVerdict(r: Pick<Requirement, 'checks'>, tallies: ReadonlyMap<string, CheckTally> | undefined, scope: VerdictScope): Verdict {
  if (r.checks.length === 0) return { status: 'MANUAL', note: 'no automated check: assess it by hand', checks: [] };
  const checks = r.checks.map((c) => checkState(c, tallies?.get(c), scope));
  const status = checks.map((c) => c.status).reduce(worse);
  const ids = (pred: (c: CheckState) => boolean) => checks.filter(pred).map((c) => c.check);
  let note = '';
  if (status === 'NOT IMPLEMENTED') {
    const missing = ids((c) => c.status === 'NOT IMPLEMENTED');
    note = `not implemented in prowl: ${missing.join(', ')}${missing.length < checks.length ? ` (${checks.length - missing.length} of ${checks.length} checks implemented)` : ''}`;
  } else if (status === 'NOT RUN') note = `not selected for this scan: ${ids((c) => c.status === 'NOT RUN').join(', ')}`;
  else if (status === 'PASS' && checks.every((c) => c.noFinding)) note = 'no resources to assess';
  else if (status === 'PASS' && checks.every((c) => c.noFinding || c.onlyMuted)) note = 'only muted findings';
  else if (status === 'PASS' && checks.some((c) => c.noFinding)) note = `no resources for ${ids((c) => !!c.noFinding).join(', ')}`;
  else if (status === 'MANUAL') note = 'a check asks for a manual review';
  else if (status === 'ERROR') note = 'some resources could not be evaluated';
  return { status, note, checks };
}

const emptyTally = (): CheckTally => ({ PASS: 0, FAIL: 0, ERROR: 0, MANUAL: 0, muted: 0 });

/**
 * Accumulates, per framework shown, per requirement and per check, the statuses of the findings counted
 * towards it (as finding.compliance says). Memory is O(requirements x checks), never the findings.
 */
export class ComplianceTracker {
  /** framework id -> requirement id -> check id -> tally */
  private readonly tallies = new Map<string, Map<string, Map<string, CheckTally>>>();
  /** Checks that reported at least one finding (towards any framework). */
  private readonly reported = new Set<string>();
  private readonly fullScope: VerdictScope;

  constructor(
    readonly frameworks: readonly Framework[],
    readonly scope: VerdictScope,
  ) {
    for (const f of frameworks) this.tallies.set(f.id, new Map());
    this.fullScope = { implemented: (id) => scope.implemented(id), ran: (id) => scope.ran(id), reportedElsewhere: (id) => this.reported.has(id) };
  }

  add(finding: Pick<Finding, 'checkId' | 'status' | 'muted' | 'compliance'>): void {
    this.reported.add(finding.checkId);
    for (const ref of finding.compliance) {
      const reqs = this.tallies.get(ref.framework);
      if (!reqs) continue;
      for (const id of ref.requirements) {
        let byCheck = reqs.get(id);
        if (!byCheck) reqs.set(id, (byCheck = new Map()));
        let t = byCheck.get(finding.checkId);
        if (!t) byCheck.set(finding.checkId, (t = emptyTally()));
        if (finding.muted) t.muted++;
        else t[finding.status]++;
      }
    }
  }

  verdict(frameworkId: string, r: Requirement): Verdict {
    return requirementVerdict(r, this.tallies.get(frameworkId)?.get(r.id), this.fullScope);
  }

  /** Every requirement of a framework with its verdict, in the framework's order. */
  verdicts(f: Framework): Array<{ requirement: Requirement; verdict: Verdict }> {
    return f.requirements.map((requirement) => ({ requirement, verdict: this.verdict(f.id, requirement) }));
  }

  /** Requirements per status. */
  counts(f: Framework): Record<RequirementStatus, number> {
    const out = Object.fromEntries(STATE_ORDER.map((s) => [s, 0])) as Record<RequirementStatus, number>;
    for (const { verdict } of this.verdicts(f)) out[verdict.status]++;
    return out;
  }
}

/** A scope from the ids prowl has and the ids that were selected. */
export function scopeOf(implemented: Iterable<string>, ran: Iterable<string>): VerdictScope {
  const have = new Set(implemented);
  const selected = new Set(ran);
  for (const id of selected) have.add(id);
  return { implemented: (id) => have.has(id), ran: (id) => selected.has(id) };
}

/**
 * A tracker for an output used on its own (without the scan's): the checks it sees findings of ran; with
 * no list of implemented checks, every check it did not see counts as NOT RUN.
 */
export function ownTracker(frameworks: readonly Framework[], ctx: { implementedChecks?: Iterable<string> }): ComplianceTracker {
  const seen = new Set<string>();
  const have = ctx.implementedChecks ? new Set(ctx.implementedChecks) : undefined;
  const tracker = new ComplianceTracker(frameworks, { implemented: (id) => !have || have.has(id) || seen.has(id), ran: (id) => seen.has(id) });
  const add = tracker.add.bind(tracker);
  tracker.add = (finding) => {
    seen.add(finding.checkId);
    add(finding);
  };
  return tracker;
}

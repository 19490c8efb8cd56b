/**
 * Requirement-level compliance CSVs, one per framework, at <output dir>/compliance/<base>_<framework id>.csv
 * (e.g. compliance/prowl-output-123456789012-20261101120000_cis_7.0_aws.csv): `;`-separated, header row,
 * written through openCsv (cells starting with = + - @ tab CR get a leading quote so spreadsheets do not
 * run them).
 *
 * Rows:
 *   - one per (requirement, finding) for each finding whose compliance references include this framework
 *     and requirement (so a finding evaluated with another framework's parameters does not count here),
 *     written as the finding arrives;
 *   - at close, for every requirement, rows that say why a check contributed no finding, from the one
 *     verdict (src/compliance/verdict.ts): STATUS "NOT IMPLEMENTED" (prowl lacks the check), "NOT RUN" (not
 *     selected), PASS "no resources to assess" (it ran and found nothing), and MANUAL for a requirement
 *     without checks. So every requirement appears, and reducing a requirement's rows by the verdict's
 *     order (FAIL, ERROR, NOT IMPLEMENTED, NOT RUN, MANUAL, PASS; muted rows left out) gives the status the
 *     console and the HTML report show.
 * Columns: PROVIDER (aws), DESCRIPTION (framework name and version), ACCOUNTID, REGION, ASSESSMENTDATE
 * (the finding's timestamp), REQUIREMENTS_ID, REQUIREMENTS_DESCRIPTION (a short title: prowl's own for CIS,
 * the framework's public name, or the section and the titles of its checks), REQUIREMENTS_ATTRIBUTES_SECTION,
 * _SUBSECTION, _PROFILE ("Level 1"), _ASSESSMENTSTATUS (Automated/Manual), STATUS, STATUSEXTENDED,
 * RESOURCEID (ARN), RESOURCENAME, CHECKID, MUTED (True/False), and ACCOUNTNAME (the account's name from
 * Organizations, or its alias): last, after Prowler's columns, so tools that read Prowler's by position still work.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkTitle, requirementTitle, type Framework, type Requirement } from '../compliance/index.js';
import { ownTracker } from '../compliance/verdict.js';
import type { Finding } from '../core/types.js';
import { accountOf, openCsv } from './common.js';
import type { OutputContext, OutputWriter } from './types.js';

export const COMPLIANCE_CSV_COLUMNS = [
  'PROVIDER', 'DESCRIPTION', 'ACCOUNTID', 'REGION', 'ASSESSMENTDATE', 'REQUIREMENTS_ID', 'REQUIREMENTS_DESCRIPTION',
  'REQUIREMENTS_ATTRIBUTES_SECTION', 'REQUIREMENTS_ATTRIBUTES_SUBSECTION', 'REQUIREMENTS_ATTRIBUTES_PROFILE', 'REQUIREMENTS_ATTRIBUTES_ASSESSMENTSTATUS',
  'STATUS', 'STATUSEXTENDED', 'RESOURCEID', 'RESOURCENAME', 'CHECKID', 'MUTED', 'ACCOUNTNAME',
] as const;
export type ComplianceCsvRecord = Record<(typeof COMPLIANCE_CSV_COLUMNS)[number], string>;

export interface ComplianceWriterOptions {
  /** File name base, as for the other reports (default "prowl-output"). */
  base?: string;
  /** Date for the rows written at close; defaults to the first finding's timestamp, else the time of close. */
  assessmentDate?: string;
}

/** <dir>/compliance/<base>_<framework id>.csv */
export function complianceCsvPath(dir: string, frameworkId: string, base = 'prowl-output'): string {
  return join(dir, 'compliance', `${base}_${frameworkId}.csv`);
}

function requirementColumns(framework: Framework, r: Requirement, checkTitle?: (id: string) => string | undefined) {
  return {
    PROVIDER: 'aws',
    DESCRIPTION: frameworkTitle(framework),
    REQUIREMENTS_ID: r.id,
    REQUIREMENTS_DESCRIPTION: requirementTitle(r, checkTitle),
    REQUIREMENTS_ATTRIBUTES_SECTION: r.section,
    REQUIREMENTS_ATTRIBUTES_SUBSECTION: r.subsection ?? '',
    REQUIREMENTS_ATTRIBUTES_PROFILE: r.profile,
    REQUIREMENTS_ATTRIBUTES_ASSESSMENTSTATUS: r.assessment,
  };
}

/** The rows one finding contributes to this framework's CSV (none when it does not count towards it). */
function complianceRecords(
  finding: Finding,
  framework: Framework,
  requirements: ReadonlyMap<string, Requirement>,
  checkTitle: ((id: string) => string | undefined) | undefined,
  accountName: string,
): ComplianceCsvRecord[] {
  const out: ComplianceCsvRecord[] = [];
  for (const ref of finding.compliance) {
    if (ref.framework !== framework.id) continue;
    for (const id of ref.requirements) {
      const r = requirements.get(id);
      if (!r) continue;
      out.push({
        ...requirementColumns(framework, r, checkTitle),
        ACCOUNTID: finding.accountId,
        REGION: finding.region,
        ASSESSMENTDATE: finding.timestamp,
        STATUS: finding.status,
        STATUSEXTENDED: finding.statusExtended,
        RESOURCEID: finding.resource.arn || finding.resource.id,
        RESOURCENAME: finding.resource.name ?? finding.resource.id,
        CHECKID: finding.checkId,
        MUTED: finding.muted ? 'True' : 'False',
        ACCOUNTNAME: accountName,
      });
    }
  }
  return out;
}

export function createComplianceWriter(dir: string, framework: Framework, ctx: OutputContext, options: ComplianceWriterOptions = {}): OutputWriter {
  const path = complianceCsvPath(dir, framework.id, options.base);
  mkdirSync(join(dir, 'compliance'), { recursive: true });
  const requirements = new Map(framework.requirements.map((r) => [r.id, r]));
  const csv = openCsv(path, COMPLIANCE_CSV_COLUMNS);
  let firstTimestamp: string | undefined;
  // The scan's tracker (fed every finding, before any --status filter) when there is one; else our own.
  const own = ctx.compliance ? undefined : ownTracker([framework], ctx);
  const tracker = ctx.compliance ?? own!;
  const checkTitle = ctx.checkTitle;

  return {
    path,
    async write(finding) {
      firstTimestamp ??= finding.timestamp;
      own?.add(finding);
      for (const record of complianceRecords(finding, framework, requirements, checkTitle, accountOf(ctx, finding.accountId).name ?? '')) await csv.write(record);
    },
    async close() {
      const date = options.assessmentDate ?? firstTimestamp ?? new Date().toISOString();
      const row = (r: Requirement, status: string, message: string, check = '') =>
        csv.write({
          ...requirementColumns(framework, r, checkTitle),
          ACCOUNTID: ctx.account.accountId,
          REGION: '',
          ASSESSMENTDATE: date,
          STATUS: status,
          STATUSEXTENDED: message,
          RESOURCEID: '',
          RESOURCENAME: '',
          CHECKID: check,
          MUTED: 'False',
          ACCOUNTNAME: accountOf(ctx, ctx.account.accountId).name ?? '',
        });
      for (const r of framework.requirements) {
        const verdict = tracker.verdict(framework.id, r);
        if (!r.checks.length) {
          await row(r, 'MANUAL', 'Manual check: no automated check evaluates this requirement.');
          continue;
        }
        for (const c of verdict.checks) {
          if (c.status === 'NOT IMPLEMENTED') await row(r, 'NOT IMPLEMENTED', `Check ${c.check} is not implemented in prowl yet: this requirement cannot pass.`, c.check);
          else if (c.status === 'NOT RUN')
            await row(r, 'NOT RUN', c.otherParams ? `Check ${c.check} ran only with another framework's parameters.` : `Check ${c.check} was not selected for this scan.`, c.check);
          else if (c.noFinding) await row(r, 'PASS', `No resources to assess: check ${c.check} found nothing of its kind.`, c.check);
        }
      }
      await csv.close();
    },
  };
}

/** One compliance writer per framework. */
export function createComplianceWriters(
  dir: string,
  frameworks: readonly Framework[],
  ctx: OutputContext,
  options: ComplianceWriterOptions = {},
): OutputWriter[] {
  return [...new Map(frameworks.map((f) => [f.id, f])).values()].map((f) => createComplianceWriter(dir, f, ctx, options));
}

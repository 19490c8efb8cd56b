/**
 * Requirement-level compliance CSVs, one per framework, at <output dir>/compliance/<base>_<framework id>.csv
 * (e.g. compliance/prowl-output-123456789012-20261101120000_cis_7.0_aws.csv): `;`-separated, header row,
 * written through csv-stringify with escape_formulas (cells starting with = + - @ tab CR get a leading
 * quote so spreadsheets do not run them).
 *
 * Rows:
 *   - one per (requirement, finding) for each finding whose compliance references include this framework
 *     and requirement (so a finding evaluated with another framework's parameters does not count here),
 *     written as the finding arrives;
 *   - at close, one MANUAL row per requirement that names no checks (nothing can evaluate it), with the
 *     scan's assessment date and no resource.
 * Requirements whose checks were not selected get no rows.
 * Columns: PROVIDER (aws), DESCRIPTION (framework name and version), ACCOUNTID, REGION, ASSESSMENTDATE
 * (the finding's timestamp), REQUIREMENTS_ID, REQUIREMENTS_DESCRIPTION (the requirement's section: the
 * framework data carries no requirement text), REQUIREMENTS_ATTRIBUTES_SECTION, _PROFILE ("Level 1"),
 * _ASSESSMENTSTATUS (Automated/Manual), STATUS, STATUSEXTENDED, RESOURCEID (ARN), RESOURCENAME, CHECKID,
 * MUTED (True/False).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Framework, Requirement } from '../compliance/index.js';
import type { Finding } from '../core/types.js';
import { openCsv } from './common.js';
import type { OutputContext, OutputWriter } from './types.js';

export const COMPLIANCE_CSV_COLUMNS = [
  'PROVIDER', 'DESCRIPTION', 'ACCOUNTID', 'REGION', 'ASSESSMENTDATE', 'REQUIREMENTS_ID', 'REQUIREMENTS_DESCRIPTION',
  'REQUIREMENTS_ATTRIBUTES_SECTION', 'REQUIREMENTS_ATTRIBUTES_PROFILE', 'REQUIREMENTS_ATTRIBUTES_ASSESSMENTSTATUS',
  'STATUS', 'STATUSEXTENDED', 'RESOURCEID', 'RESOURCENAME', 'CHECKID', 'MUTED',
] as const;
export type ComplianceCsvRecord = Record<(typeof COMPLIANCE_CSV_COLUMNS)[number], string>;

export interface ComplianceWriterOptions {
  /** File name base, as for the other reports (default "prowl-output"). */
  base?: string;
  /** Date for the MANUAL rows; defaults to the first finding's timestamp, else the time of close. */
  assessmentDate?: string;
}

/** <dir>/compliance/<base>_<framework id>.csv */
export function complianceCsvPath(dir: string, frameworkId: string, base = 'prowl-output'): string {
  return join(dir, 'compliance', `${base}_${frameworkId}.csv`);
}

function requirementColumns(framework: Framework, r: Requirement) {
  return {
    PROVIDER: 'aws',
    DESCRIPTION: `${framework.name} ${framework.version}`,
    REQUIREMENTS_ID: r.id,
    REQUIREMENTS_DESCRIPTION: r.section,
    REQUIREMENTS_ATTRIBUTES_SECTION: r.section,
    REQUIREMENTS_ATTRIBUTES_PROFILE: r.profile,
    REQUIREMENTS_ATTRIBUTES_ASSESSMENTSTATUS: r.assessment,
  };
}

/** The rows one finding contributes to this framework's CSV (none when it does not count towards it). */
function complianceRecords(finding: Finding, framework: Framework, requirements: ReadonlyMap<string, Requirement>): ComplianceCsvRecord[] {
  const out: ComplianceCsvRecord[] = [];
  for (const ref of finding.compliance) {
    if (ref.framework !== framework.id) continue;
    for (const id of ref.requirements) {
      const r = requirements.get(id);
      if (!r) continue;
      out.push({
        ...requirementColumns(framework, r),
        ACCOUNTID: finding.accountId,
        REGION: finding.region,
        ASSESSMENTDATE: finding.timestamp,
        STATUS: finding.status,
        STATUSEXTENDED: finding.statusExtended,
        RESOURCEID: finding.resource.arn || finding.resource.id,
        RESOURCENAME: finding.resource.name ?? finding.resource.id,
        CHECKID: finding.checkId,
        MUTED: finding.muted ? 'True' : 'False',
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

  return {
    path,
    async write(finding) {
      firstTimestamp ??= finding.timestamp;
      for (const record of complianceRecords(finding, framework, requirements)) await csv.write(record);
    },
    async close() {
      const date = options.assessmentDate ?? firstTimestamp ?? new Date().toISOString();
      for (const r of framework.requirements) {
        if (r.checks.length) continue;
        await csv.write({
          ...requirementColumns(framework, r),
          ACCOUNTID: ctx.account.accountId,
          REGION: '',
          ASSESSMENTDATE: date,
          STATUS: 'MANUAL',
          STATUSEXTENDED: 'Manual check: no automated check evaluates this requirement.',
          RESOURCEID: '',
          RESOURCENAME: '',
          CHECKID: '',
          MUTED: 'False',
        });
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

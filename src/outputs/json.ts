/**
 * Prowler 2's `json` output (-M json): JSON Lines, one object per finding, with Prowler 2's field names so
 * scripts written for Prowler 2 keep working. An empty scan writes an empty file.
 *
 * Fields (Prowler 2 name: value):
 *   Profile            the AWS profile scanned with ("profile: x" auth method -> "x"), else the auth method
 *   Account Number     account id
 *   Control            "[<check id>] <check title>"
 *   Message            status_extended
 *   Severity           "Critical" | "High" | "Medium" | "Low" | "Informational"
 *   Status             Prowler 2's vocabulary: PASS, FAIL, INFO (prowl MANUAL), WARNING (a muted FAIL, as
 *                      Prowler 2's allowlist reported it); ERROR (could not evaluate) has no Prowler 2
 *                      equivalent and stays ERROR
 *   Scored, Level, Control ID
 *                      from the finding's requirements in the primary framework (the first selected
 *                      framework the finding counts towards, else the newest one): "Scored"/"Not Scored"
 *                      (Automated/Manual), "CIS Level 1", "2.11" (several joined with a space)
 *   Region, Timestamp, Service, Risk, Remediation (text), Doc link (remediation URL), Resource ID (ARN)
 *   Compliance         every framework requirement: "CIS-1.4: 1.12 | CIS-7.0: 2.11"
 *   Account Email, Account Name, Account Organization (org id), Account Org Name, Account tags ("k:v | k2:v2")
 * Added by prowl (not in Prowler 2): Check ID, Finding ID, Resource Name, Resource Type, Muted, Muted By,
 * Error ("<operation> <code>" for ERROR).
 * Left out: CAF Epic (prowl's checks carry no CAF mapping) and Account ARN (the Organizations account ARN
 * needs the management account id, which a scan does not learn).
 */
import type { Check } from '../core/check.js';
import type { Finding, Severity } from '../core/types.js';
import { getFramework, type Framework } from '../compliance/index.js';
import { accountOf, complianceText, FileSink, frameworkOrder, newestVersionFirst, pairsText, resourceTypeOf, timestampText } from './common.js';
import type { OutputContext, OutputWriter } from './types.js';

export interface Prowler2JsonRecord {
  Profile: string;
  'Account Number': string;
  Control: string;
  Message: string;
  Severity: string;
  Status: 'PASS' | 'FAIL' | 'INFO' | 'WARNING' | 'ERROR';
  Scored: string;
  Level: string;
  'Control ID': string;
  Region: string;
  Timestamp: string;
  Compliance: string;
  Service: string;
  Risk: string;
  Remediation: string;
  'Doc link': string;
  'Resource ID': string;
  'Account Email': string;
  'Account Name': string;
  'Account Organization': string;
  'Account Org Name': string;
  'Account tags': string;
  'Check ID': string;
  'Finding ID': string;
  'Resource Name': string;
  'Resource Type': string;
  Muted: boolean;
  'Muted By': string;
  Error: string;
}

export const severityCaption = (s: Severity): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Prowler 2's status word for a finding. */
export function prowler2Status(finding: Finding): Prowler2JsonRecord['Status'] {
  if (finding.status === 'FAIL') return finding.muted ? 'WARNING' : 'FAIL';
  if (finding.status === 'MANUAL') return 'INFO';
  return finding.status;
}

export interface PrimaryControl {
  framework: Framework;
  /** Requirement ids in framework order. */
  ids: string[];
  levels: string[];
  scored: boolean;
}

/** The requirements a finding counts towards in its primary framework: the first selected one it maps to, else the newest. */
export function primaryControl(finding: Finding, frameworks: readonly Framework[] = []): PrimaryControl | undefined {
  const mapped = new Map(finding.compliance.map((c) => [c.framework, c.requirements]));
  const selected = frameworks.map((f) => f.id).filter((id) => mapped.has(id));
  const others = [...mapped.keys()]
    .filter((id) => !selected.includes(id))
    .sort(frameworkOrder);
  for (const id of [...selected, ...others]) {
    const framework = frameworks.find((f) => f.id === id) ?? getFramework(id);
    if (!framework) continue;
    const wanted = new Set(mapped.get(id));
    const reqs = framework.requirements.filter((r) => wanted.has(r.id));
    if (!reqs.length) continue;
    return {
      framework,
      ids: reqs.map((r) => r.id),
      levels: [...new Set(reqs.map((r) => r.profile).filter(Boolean))],
      scored: reqs.some((r) => r.assessment === 'Automated'),
    };
  }
  return undefined;
}

function profileOf(ctx: OutputContext): string {
  const m = /^profile:\s*(.+)$/.exec(ctx.authMethod ?? '');
  return m ? m[1] : (ctx.authMethod ?? '');
}

export function toProwler2Json(finding: Finding, check: Check, ctx: OutputContext): Prowler2JsonRecord {
  const control = primaryControl(finding, ctx.frameworks);
  const account = accountOf(ctx, finding.accountId);
  const r = finding.resource;
  return {
    Profile: profileOf(ctx),
    'Account Number': finding.accountId,
    Control: `[${finding.checkId}] ${check.title}`,
    Message: finding.statusExtended,
    Severity: severityCaption(check.severity),
    Status: prowler2Status(finding),
    Scored: control ? (control.scored ? 'Scored' : 'Not Scored') : '',
    Level: control ? control.levels.map((l) => `${control.framework.family} ${l}`).join(', ') : '',
    'Control ID': control ? control.ids.join(' ') : '',
    Region: finding.region,
    Timestamp: timestampText(finding.timestamp, ctx.unixTimestamp),
    Compliance: complianceText(finding),
    Service: check.service,
    Risk: check.risk,
    Remediation: check.remediation.text,
    'Doc link': check.remediation.url ?? '',
    'Resource ID': r.arn || r.id,
    'Account Email': account.email ?? '',
    'Account Name': account.name ?? '',
    'Account Organization': account.organizationId ?? '',
    'Account Org Name': account.organizationName ?? '',
    'Account tags': pairsText(account.tags, ':'),
    'Check ID': finding.checkId,
    'Finding ID': finding.uid,
    'Resource Name': r.name ?? r.id,
    'Resource Type': resourceTypeOf(finding, check),
    Muted: finding.muted,
    'Muted By': finding.muted ? (finding.mutedBy ?? '') : '',
    Error: finding.error ? `${finding.error.operation} ${finding.error.code}` : '',
  };
}

/** JSON Lines: one Prowler 2 record per line. */
export function createJsonWriter(path: string, ctx: OutputContext): OutputWriter {
  const sink = new FileSink(path);
  return {
    path,
    async write(finding, check) {
      await sink.write(`${JSON.stringify(toProwler2Json(finding, check, ctx))}\n`);
    },
    close: () => sink.end(),
  };
}

/**
 * CSV output with Prowler 5's columns (semicolon-separated, header row), one row per finding, streamed
 * through openCsv. Cells that a spreadsheet would run as formulas are neutralised with a leading quote
 * (see csvCell in common.ts).
 */
import type { Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import { accountOf, complianceText, openCsv, pairsText, resourceTypeOf, timestampText } from './common.js';
import { checkTypes } from './asff.js';
import type { OutputContext, OutputWriter } from './types.js';

export const CSV_COLUMNS = [
  'AUTH_METHOD', 'TIMESTAMP', 'ACCOUNT_UID', 'ACCOUNT_NAME', 'ACCOUNT_EMAIL', 'ACCOUNT_ORGANIZATION_UID',
  'ACCOUNT_ORGANIZATION_NAME', 'ACCOUNT_TAGS', 'FINDING_UID', 'PROVIDER', 'CHECK_ID', 'CHECK_TITLE', 'CHECK_TYPE',
  'STATUS', 'STATUS_EXTENDED', 'MUTED', 'SERVICE_NAME', 'SUBSERVICE_NAME', 'SEVERITY', 'RESOURCE_TYPE',
  'RESOURCE_UID', 'RESOURCE_NAME', 'RESOURCE_DETAILS', 'RESOURCE_TAGS', 'PARTITION', 'REGION', 'DESCRIPTION',
  'RISK', 'RELATED_URL', 'REMEDIATION_RECOMMENDATION_TEXT', 'REMEDIATION_RECOMMENDATION_URL',
  'REMEDIATION_CODE_NATIVEIAC', 'REMEDIATION_CODE_TERRAFORM', 'REMEDIATION_CODE_CLI', 'REMEDIATION_CODE_OTHER',
  'COMPLIANCE', 'CATEGORIES', 'DEPENDS_ON', 'RELATED_TO', 'NOTES', 'PROWLER_VERSION',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRecord = Record<CsvColumn, string>;

/** Notes prowl adds: who muted the finding, the parameters it was evaluated with, the call that failed. */
function notes(finding: Finding): string {
  const parts: string[] = [];
  if (finding.muted && finding.mutedBy) parts.push(`muted by: ${finding.mutedBy}`);
  if (finding.params && Object.keys(finding.params).length) parts.push(`parameters: ${pairsText(finding.params)}`);
  if (finding.error) parts.push(`error: ${finding.error.operation} ${finding.error.code}`);
  return parts.join('; ');
}

/** One finding as a CSV record (plain strings; quoting is openCsv's job). */
function csvRecord(finding: Finding, check: Check, ctx: OutputContext): CsvRecord {
  const account = accountOf(ctx, finding.accountId);
  const r = finding.resource;
  const rem = check.remediation;
  const own = ctx.accounts?.has(finding.accountId);
  return {
    AUTH_METHOD: (own ? undefined : ctx.authMethod) ?? (account.identityArn ? `identity: ${account.identityArn}` : ''),
    TIMESTAMP: timestampText(finding.timestamp, ctx.unixTimestamp),
    ACCOUNT_UID: finding.accountId,
    ACCOUNT_NAME: account.name ?? '',
    ACCOUNT_EMAIL: account.email ?? '',
    ACCOUNT_ORGANIZATION_UID: account.organizationId ?? '',
    ACCOUNT_ORGANIZATION_NAME: account.organizationName ?? '',
    ACCOUNT_TAGS: pairsText(account.tags),
    FINDING_UID: finding.uid,
    PROVIDER: 'aws',
    CHECK_ID: finding.checkId,
    CHECK_TITLE: check.title,
    CHECK_TYPE: checkTypes(finding).join(' | '),
    STATUS: finding.status,
    STATUS_EXTENDED: finding.statusExtended,
    MUTED: finding.muted ? 'True' : 'False',
    SERVICE_NAME: check.service,
    SUBSERVICE_NAME: '',
    SEVERITY: check.severity,
    RESOURCE_TYPE: resourceTypeOf(finding, check),
    RESOURCE_UID: r.arn,
    RESOURCE_NAME: r.name ?? r.id,
    RESOURCE_DETAILS: pairsText(r.details),
    RESOURCE_TAGS: pairsText(r.tags),
    PARTITION: account.partition,
    REGION: finding.region,
    DESCRIPTION: check.description,
    RISK: check.risk,
    RELATED_URL: rem.url ?? '',
    REMEDIATION_RECOMMENDATION_TEXT: rem.text,
    REMEDIATION_RECOMMENDATION_URL: rem.url ?? '',
    REMEDIATION_CODE_NATIVEIAC: rem.nativeIaC ?? '',
    REMEDIATION_CODE_TERRAFORM: rem.terraform ?? '',
    REMEDIATION_CODE_CLI: rem.cli ?? '',
    REMEDIATION_CODE_OTHER: rem.other ?? '',
    COMPLIANCE: complianceText(finding),
    CATEGORIES: check.categories.join(' | '),
    DEPENDS_ON: '',
    RELATED_TO: '',
    NOTES: notes(finding),
    PROWLER_VERSION: ctx.prowlVersion,
  };
}

export function createCsvWriter(path: string, ctx: OutputContext): OutputWriter {
  const csv = openCsv(path, CSV_COLUMNS);
  return {
    path,
    write: (finding, check) => csv.write(csvRecord(finding, check, ctx)),
    close: () => csv.close(),
  };
}

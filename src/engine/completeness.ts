/**
 * An incomplete scan says so inside every report, not only in its file names: when the calls of an account's
 * collection show that the scan itself did not work (credentials expired part-way, everything denied, AWS
 * unreachable for most calls, the scan timed out: see judgeCalls), evaluation starts with one ERROR finding
 * of this pseudo-check. Every writer (CSV, OCSF, ASFF, JUnit, JSON, HTML, text) and the summary carry it,
 * a spreadsheet filtered on ERROR shows it, and it cannot be muted: it is about the scan, not a resource.
 */
import { defineCheck, type Check } from '../core/check.js';
import { findingUid } from '../core/evaluate.js';
import type { Inventory } from '../core/inventory.js';
import type { Finding } from '../core/types.js';
import { judgeCalls } from '../aws/health.js';

export const SCAN_COMPLETENESS_CHECK: Check = defineCheck({
  id: 'prowl_scan_complete',
  title: 'prowl could read the account for the whole scan',
  service: 'prowl',
  severity: 'high',
  resourceType: 'AwsAccount',
  categories: [],
  description:
    'Reported only when the scan as a whole did not work: the credentials expired part-way, every call was denied, most calls could not reach AWS, or the scan hit --scan-timeout. The other findings of the account are then partial.',
  risk: 'Checks that could not read their data are missing or ERROR, so the counts and the score understate what is wrong with the account.',
  remediation: {
    text: 'Fix what the finding names (longer-lived credentials, read permissions such as SecurityAudit and ViewOnlyAccess, network access to the AWS endpoints, a longer --scan-timeout) and scan again.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html',
  },
  uses: [],
  run: () => undefined,
});

/** The ERROR finding for an incomplete scan of this inventory's account, or undefined when the scan worked. */
export function completenessFinding(inventory: Inventory): Finding | undefined {
  const { problem } = judgeCalls(inventory.meta.calls);
  if (!problem) return undefined;
  const { account, homeRegion, finishedAt } = inventory.meta;
  const arn = `arn:${account.partition}:iam::${account.accountId}:root`;
  return {
    uid: findingUid(SCAN_COMPLETENESS_CHECK.id, account.accountId, homeRegion, arn),
    checkId: SCAN_COMPLETENESS_CHECK.id,
    status: 'ERROR',
    statusExtended: `This report is partial: ${problem}.`,
    accountId: account.accountId,
    region: homeRegion,
    resource: { arn, id: account.accountId, name: account.alias ?? account.accountId, region: homeRegion },
    muted: false,
    compliance: [],
    timestamp: finishedAt,
  };
}

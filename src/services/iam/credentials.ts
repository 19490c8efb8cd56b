/**
 * Shared reading of the credential report for the IAM credential checks: user resources, access-key
 * slots, ages against the scan start, and the root user's credentials (report row, or the live
 * account summary when the report has no root row).
 */
import type { EvalContext, Params } from '../../core/check.js';
import { describeCallError, type CallError, type ResourceRef } from '../../core/types.js';
import { accountSummary, credentialReport, type CredentialReportRow } from './collectors.js';

type Ctx = EvalContext<Params>;

const DAY_MS = 86_400_000;

/** Whole days between an ISO date and the scan start. */
export const daysSince = (now: Date, iso: string): number => Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS);

/** "2026-10-01 (31 days ago)". */
export const when = (now: Date, iso: string): string => {
  const d = daysSince(now, iso);
  return `${iso.slice(0, 10)} (${d <= 0 ? 'today' : d === 1 ? '1 day ago' : `${d} days ago`})`;
};

export function userResource(ctx: Ctx, row: CredentialReportRow): ResourceRef {
  return { arn: row.arn, id: row.user, name: row.user, region: ctx.homeRegion };
}

export interface AccessKeySlot {
  slot: 1 | 2;
  active: boolean;
  /** When the key was created or last rotated. */
  lastRotated: string | null;
  /** Null when the key has never been used. */
  lastUsed: string | null;
}

export function accessKeys(row: CredentialReportRow): AccessKeySlot[] {
  return [
    { slot: 1, active: row.accessKey1Active, lastRotated: row.accessKey1LastRotated, lastUsed: row.accessKey1LastUsed },
    { slot: 2, active: row.accessKey2Active, lastRotated: row.accessKey2LastRotated, lastUsed: row.accessKey2LastUsed },
  ];
}

export const activeKeys = (row: CredentialReportRow): AccessKeySlot[] => accessKeys(row).filter((k) => k.active);

/** The IAM users of the credential report, or undefined after reporting ERROR on the account. */
export function reportUsers(ctx: Ctx): CredentialReportRow[] | undefined {
  const report = ctx.global(credentialReport);
  if (!report.ok) {
    ctx.error(ctx.accountResource(), report.error);
    return undefined;
  }
  return report.data.users;
}

/** A stand-in error for a credential report that was read but lacks the root row. */
export const NO_ROOT_ROW: CallError = {
  kind: 'Failed',
  code: 'NoRootRow',
  operation: 'iam:GetCredentialReport',
  message: 'the credential report has no row for the root user',
};

export type RootCredentials =
  | {
      source: 'credential report';
      mfaActive: boolean;
      /** Slots of the root user's active access keys. */
      activeKeySlots: number[];
      /** No password, no active access key and no active signing certificate (e.g. removed by centralized root access). */
      noCredentials: boolean;
      row: CredentialReportRow;
    }
  | { source: 'account summary'; mfaActive: boolean; keysPresent: boolean };

/**
 * The root user's MFA and access keys: from the credential report's root row when there is one, otherwise
 * from GetAccountSummary. Reports ERROR on the account (and returns undefined) when neither could be read.
 */
export function rootCredentials(ctx: Ctx): RootCredentials | undefined {
  const report = ctx.global(credentialReport);
  const row = report.ok ? report.data.root : null;
  if (row) {
    const activeKeySlots = activeKeys(row).map((k) => k.slot);
    return {
      source: 'credential report',
      mfaActive: row.mfaActive,
      activeKeySlots,
      noCredentials: row.passwordEnabled === false && activeKeySlots.length === 0 && !row.cert1Active && !row.cert2Active,
      row,
    };
  }
  const summary = ctx.global(accountSummary);
  if (summary.ok) return { source: 'account summary', mfaActive: summary.data.rootMfaEnabled, keysPresent: summary.data.rootAccessKeysPresent };
  const reportProblem = report.ok ? 'the credential report has no root user row' : describeCallError(report.error);
  ctx.error(
    ctx.accountResource(),
    report.ok ? summary.error : report.error,
    `Could not evaluate the root user: ${reportProblem}, and ${describeCallError(summary.error)}.`,
  );
  return undefined;
}

/** "access key 1 last used 2026-10-01 (31 days ago)" or "access key 2 never used, created ...". */
export function describeKey(now: Date, k: AccessKeySlot): string {
  if (k.lastUsed) return `access key ${k.slot} last used ${when(now, k.lastUsed)}`;
  return `access key ${k.slot} never used, created ${k.lastRotated ? when(now, k.lastRotated) : 'on an unknown date'}`;
}

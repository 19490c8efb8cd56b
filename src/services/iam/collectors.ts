/**
 * IAM collectors built on bulk calls: the credential report (one CSV for every user's password, MFA
 * and access-key facts), the account password policy, the account summary (root MFA and keys, live),
 * the assigned virtual MFA devices, and the organization's centralized root access features.
 */
import { defineFact } from '../../core/fact.js';
import { awsErrorCode, OperationFailed } from '../../aws/errors.js';
import { parse } from 'csv-parse/sync';
import type { IAMClient } from '@aws-sdk/client-iam';

export interface CredentialReportRow {
  user: string;
  arn: string;
  userCreationTime: string;
  passwordEnabled: boolean | null; // null for the root row ("not_supported")
  passwordLastUsed: string | null; // ISO date, or null for never / not applicable
  passwordLastChanged: string | null;
  mfaActive: boolean;
  accessKey1Active: boolean;
  accessKey1LastRotated: string | null;
  accessKey1LastUsed: string | null;
  accessKey2Active: boolean;
  accessKey2LastRotated: string | null;
  accessKey2LastUsed: string | null;
  cert1Active: boolean;
  cert2Active: boolean;
}

export interface CredentialReport {
  generatedAt: string | null;
  /** The root account's row, when the report has one (moto's does not). */
  root: CredentialReportRow | null;
  users: CredentialReportRow[];
}

const date = (v: string | undefined): string | null =>
  !v || v === 'N/A' || v === 'no_information' || v === 'not_supported' ? null : new Date(v).toISOString();
const bool = (v: string | undefined): boolean => v === 'true';

/**
 * One report line as cells. IAM user names and paths may contain commas, which the report may leave
 * unquoted: the extra cells then belong to the user name (first column) and the ARN (second), which is
 * told apart by its "arn:" prefix.
 */
function reportCells(cells: string[], width: number): string[] {
  const extra = cells.length - width;
  if (extra <= 0) return cells;
  const arnAt = cells.findIndex((c, i) => i > 0 && c.startsWith('arn:'));
  if (arnAt < 1 || arnAt - 1 > extra) return cells;
  const arnEnd = arnAt + 1 + extra - (arnAt - 1);
  return [cells.slice(0, arnAt).join(','), cells.slice(arnAt, arnEnd).join(','), ...cells.slice(arnEnd)];
}

export function parseCredentialReport(csv: string, generatedAt: string | null): CredentialReport {
  const [head, ...lines] = parse(csv, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  const at = (cells: string[], name: string) => cells[head.indexOf(name)];
  const rows = lines.map((line): CredentialReportRow => {
    const c = reportCells(line, head.length);
    const pw = at(c, 'password_enabled');
    return {
      user: at(c, 'user'),
      arn: at(c, 'arn'),
      userCreationTime: date(at(c, 'user_creation_time')) ?? '',
      passwordEnabled: pw === 'not_supported' ? null : bool(pw),
      passwordLastUsed: date(at(c, 'password_last_used')),
      passwordLastChanged: date(at(c, 'password_last_changed')),
      mfaActive: bool(at(c, 'mfa_active')),
      accessKey1Active: bool(at(c, 'access_key_1_active')),
      accessKey1LastRotated: date(at(c, 'access_key_1_last_rotated')),
      accessKey1LastUsed: date(at(c, 'access_key_1_last_used_date')),
      accessKey2Active: bool(at(c, 'access_key_2_active')),
      accessKey2LastRotated: date(at(c, 'access_key_2_last_rotated')),
      accessKey2LastUsed: date(at(c, 'access_key_2_last_used_date')),
      cert1Active: bool(at(c, 'cert_1_active')),
      cert2Active: bool(at(c, 'cert_2_active')),
    };
  });
  return {
    generatedAt,
    root: rows.find((r) => r.user === '<root_account>') ?? null,
    users: rows.filter((r) => r.user !== '<root_account>'),
  };
}

/** Ask IAM to build the credential report; a failure is returned (named GenerateCredentialReport), not thrown. */
async function generateCredentialReport(iam: Promise<IAMClient>): Promise<OperationFailed | undefined> {
  try {
    const { GenerateCredentialReportCommand } = await import('@aws-sdk/client-iam');
    await (await iam).send(new GenerateCredentialReportCommand({}));
    return undefined;
  } catch (err) {
    return new OperationFailed('iam:GenerateCredentialReport', err);
  }
}

export const credentialReport = defineFact<CredentialReport>({
  id: 'iam.credentialReport',
  service: 'iam',
  scope: 'global',
  operation: 'iam:GetCredentialReport',
  // IAM may take seconds to build a new report: a live scan asks for it first, before it chooses its regions.
  start: (ctx) => generateCredentialReport(ctx.client('iam')),
  async collect(ctx) {
    const { GetCredentialReportCommand } = await import('@aws-sdk/client-iam');
    const iam = await ctx.client('iam');
    // Ask IAM to build the report (it reuses one younger than four hours and answers COMPLETE) unless the scan
    // already did, then poll briskly: a new report usually takes a few seconds. A denied GenerateCredentialReport
    // is reported under its own name, unless a report can be read anyway.
    let generateError = (await (ctx.started ?? generateCredentialReport(Promise.resolve(iam)))) as OperationFailed | undefined;
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await iam.send(new GetCredentialReportCommand({}));
        const csv = new TextDecoder().decode(res.Content ?? new Uint8Array());
        return parseCredentialReport(csv, res.GeneratedTime?.toISOString() ?? null);
      } catch (err) {
        const code = awsErrorCode(err);
        if (code !== 'ReportNotPresent' && code !== 'ReportInProgress' && code !== 'ReportExpired') throw err;
        if (generateError) throw generateError;
        if (Date.now() - started > 120_000) throw err;
        if (code !== 'ReportInProgress') generateError = await generateCredentialReport(Promise.resolve(iam));
        // 100, 200, 300 ms..., then every half second.
        await new Promise((r) => setTimeout(r, Math.min(100 * (attempt + 1), 500)));
      }
    }
  },
});

export interface PasswordPolicy {
  /** False when the account has no password policy at all. */
  exists: boolean;
  minimumLength?: number;
  requireUppercase?: boolean;
  requireLowercase?: boolean;
  requireSymbols?: boolean;
  requireNumbers?: boolean;
  maxPasswordAge?: number;
  reusePrevention?: number;
  expirePasswords?: boolean;
  hardExpiry?: boolean;
  allowUsersToChangePassword?: boolean;
}

export const passwordPolicy = defineFact<PasswordPolicy>({
  id: 'iam.passwordPolicy',
  service: 'iam',
  scope: 'global',
  operation: 'iam:GetAccountPasswordPolicy',
  async collect(ctx) {
    const { GetAccountPasswordPolicyCommand } = await import('@aws-sdk/client-iam');
    const iam = await ctx.client('iam');
    try {
      const { PasswordPolicy: p } = await iam.send(new GetAccountPasswordPolicyCommand({}));
      return {
        exists: true,
        minimumLength: p?.MinimumPasswordLength,
        requireUppercase: p?.RequireUppercaseCharacters,
        requireLowercase: p?.RequireLowercaseCharacters,
        requireSymbols: p?.RequireSymbols,
        requireNumbers: p?.RequireNumbers,
        maxPasswordAge: p?.MaxPasswordAge,
        reusePrevention: p?.PasswordReusePrevention,
        expirePasswords: p?.ExpirePasswords,
        hardExpiry: p?.HardExpiry,
        allowUsersToChangePassword: p?.AllowUsersToChangePassword,
      };
    } catch (err) {
      // "NoSuchEntity" is an answer (no policy), not a failure.
      if (['NoSuchEntity', 'NoSuchEntityException'].includes(awsErrorCode(err))) {
        return { exists: false };
      }
      throw err;
    }
  },
});

export interface AccountSummary {
  /** The root user has at least one MFA device (GetAccountSummary AccountMFAEnabled). */
  rootMfaEnabled: boolean;
  /** The root user has at least one access key, active or not (AccountAccessKeysPresent). */
  rootAccessKeysPresent: boolean;
}

/** Root-user facts from the account summary: live, unlike the credential report, but without dates. */
export const accountSummary = defineFact<AccountSummary>({
  id: 'iam.accountSummary',
  service: 'iam',
  scope: 'global',
  operation: 'iam:GetAccountSummary',
  async collect(ctx) {
    const { GetAccountSummaryCommand } = await import('@aws-sdk/client-iam');
    const iam = await ctx.client('iam');
    const { SummaryMap: m = {} } = await iam.send(new GetAccountSummaryCommand({}));
    return { rootMfaEnabled: (m.AccountMFAEnabled ?? 0) > 0, rootAccessKeysPresent: (m.AccountAccessKeysPresent ?? 0) > 0 };
  },
});

export interface VirtualMfaDevice {
  serialNumber: string;
  /** ARN of the user (or arn:...:root for the root user) the device is assigned to. */
  userArn: string | null;
}

/** Virtual MFA devices assigned to a user: a root MFA that is not among them is a hardware device. */
export const virtualMfaDevices = defineFact<VirtualMfaDevice[]>({
  id: 'iam.virtualMfaDevices',
  service: 'iam',
  scope: 'global',
  operation: 'iam:ListVirtualMFADevices',
  async collect(ctx) {
    const { paginateListVirtualMFADevices } = await import('@aws-sdk/client-iam');
    const iam = await ctx.client('iam');
    const out: VirtualMfaDevice[] = [];
    const pages = paginateListVirtualMFADevices({ client: iam, pageSize: Math.min(ctx.pageSize, 1000) }, { AssignmentStatus: 'Assigned' });
    for await (const page of pages) {
      for (const d of page.VirtualMFADevices ?? []) out.push({ serialNumber: d.SerialNumber ?? '', userArn: d.User?.Arn ?? null });
    }
    return out;
  },
});

/**
 * Centralized root access (iam:ListOrganizationsFeatures). Only the management account or the IAM
 * delegated administrator may ask; the other answers describe the organization and are data.
 */
export type OrganizationsFeatures =
  | { status: 'available'; organizationId: string | null; enabledFeatures: string[] }
  /** The account is not in an organization. */
  | { status: 'no-organization' }
  /** The organization runs consolidated billing only (centralized root access needs all features). */
  | { status: 'not-all-features' }
  /** Trusted access for IAM is not enabled in Organizations. */
  | { status: 'trusted-access-disabled' }
  /** A member account: only the management account or the delegated administrator can tell. */
  | { status: 'not-management-account' };

const ORG_FEATURE_ANSWERS: Record<string, OrganizationsFeatures['status']> = {
  OrganizationNotFoundException: 'no-organization',
  OrganizationNotInAllFeaturesModeException: 'not-all-features',
  ServiceAccessNotEnabledException: 'trusted-access-disabled',
  AccountNotManagementOrDelegatedAdministratorException: 'not-management-account',
};

export const organizationsFeatures = defineFact<OrganizationsFeatures>({
  id: 'iam.organizationsFeatures',
  service: 'iam',
  scope: 'global',
  operation: 'iam:ListOrganizationsFeatures',
  async collect(ctx) {
    const { ListOrganizationsFeaturesCommand } = await import('@aws-sdk/client-iam');
    const iam = await ctx.client('iam');
    try {
      const res = await iam.send(new ListOrganizationsFeaturesCommand({}));
      return { status: 'available', organizationId: res.OrganizationId ?? null, enabledFeatures: res.EnabledFeatures ?? [] };
    } catch (err) {
      const status = ORG_FEATURE_ANSWERS[awsErrorCode(err)];
      if (status && status !== 'available') return { status } as OrganizationsFeatures;
      throw err;
    }
  },
});

export interface MfaDevice {
  serialNumber: string;
  /** virtual (authenticator app), u2f (FIDO security key) or hardware (TOTP token), from the serial number. */
  type: 'virtual' | 'u2f' | 'hardware';
}

export interface UserMfa {
  name: string;
  arn: string;
  /** The user's MFA devices, or the error of ListMFADevices for this user. */
  devices: import('../../core/types.js').Result<MfaDevice[]>;
  /**
   * Set when `devices` (then empty) comes from the credential report rather than ListMFADevices: the time the
   * report was generated, as of which the user had no MFA device.
   */
  reportedAt?: string;
}

/**
 * How old a credential report may be for its mfa_active column to stand in for ListMFADevices (IAM hands out
 * a report up to four hours old; a scan asks for a new one first, so its report is normally minutes old).
 */
export const MFA_REPORT_TRUSTED_MS = 15 * 60_000;

/** Virtual devices have an ARN ending in :mfa/<name>, FIDO keys :u2f/...; hardware tokens a plain serial. */
export function mfaDeviceType(serial: string): MfaDevice['type'] {
  if (/^arn:[^:]+:iam::\d*:mfa\//.test(serial)) return 'virtual';
  if (/^arn:[^:]+:iam::\d*:u2f\//.test(serial)) return 'u2f';
  return 'hardware';
}

/**
 * Every IAM user with its MFA devices (ListUsers, then ListMFADevices per user). IAM has no published rate
 * for these calls and prowl sends them at 20 a second, so an account of thousands of users spends minutes
 * here; the calls that cannot change a verdict are skipped. A user whom a recent credential report
 * (MFA_REPORT_TRUSTED_MS) shows without MFA, and who has no virtual device assigned now
 * (ListVirtualMFADevices, read live), has no device to list: the entry says so, with the report's time.
 * Every user the report shows with MFA is still asked (a device removed since must not pass), and so is
 * every user when the report is old, missing or unreadable.
 */
export const userMfaDevices = defineFact<UserMfa[]>({
  id: 'iam.userMfaDevices',
  service: 'iam',
  scope: 'global',
  operation: 'iam:ListMFADevices',
  async collect(ctx) {
    const { paginateListUsers, paginateListMFADevices } = await import('@aws-sdk/client-iam');
    const iam = await ctx.client('iam');
    const [report, virtual] = await Promise.all([ctx.dep(credentialReport), ctx.dep(virtualMfaDevices)]);
    const users: Array<{ name: string; arn: string }> = [];
    for await (const page of paginateListUsers({ client: iam, pageSize: 1000 }, {})) {
      for (const u of page.Users ?? []) if (u.UserName && u.Arn) users.push({ name: u.UserName, arn: u.Arn });
    }
    const generatedAt = report.ok ? report.data.generatedAt : null;
    const trusted = generatedAt !== null && Date.now() - Date.parse(generatedAt) < MFA_REPORT_TRUSTED_MS && virtual.ok;
    const withoutMfa = new Set(trusted && report.ok ? report.data.users.filter((r) => !r.mfaActive).map((r) => r.arn) : []);
    if (virtual.ok) for (const d of virtual.data) if (d.userArn) withoutMfa.delete(d.userArn);
    return Promise.all(
      users.map(async (u): Promise<UserMfa> => {
        if (withoutMfa.has(u.arn)) return { ...u, devices: { ok: true, data: [] }, reportedAt: generatedAt! };
        return {
          ...u,
          devices: await ctx.attempt('iam:ListMFADevices', async () => {
            const out: MfaDevice[] = [];
            for await (const page of paginateListMFADevices({ client: iam, pageSize: 1000 }, { UserName: u.name })) {
              for (const d of page.MFADevices ?? []) if (d.SerialNumber) out.push({ serialNumber: d.SerialNumber, type: mfaDeviceType(d.SerialNumber) });
            }
            return out;
          }),
        };
      }),
    );
  },
});

/**
 * IAM collectors built on bulk calls: the credential report (one CSV for every user's password, MFA
 * and access-key facts) and the account password policy.
 */
import { defineFact } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';

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

export function parseCredentialReport(csv: string, generatedAt: string | null): CredentialReport {
  const [head, ...lines] = csv.trim().split(/\r?\n/);
  const cols = head.split(',');
  const at = (cells: string[], name: string) => cells[cols.indexOf(name)];
  const rows = lines.filter(Boolean).map((line): CredentialReportRow => {
    const c = line.split(',');
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

export const credentialReport = defineFact<CredentialReport>({
  id: 'iam.credentialReport',
  service: 'iam',
  scope: 'global',
  operation: 'iam:GetCredentialReport',
  async collect(ctx) {
    const { GenerateCredentialReportCommand, GetCredentialReportCommand } = await import('@aws-sdk/client-iam');
    const iam = await ctx.client('iam');
    // IAM reuses a report younger than four hours; otherwise it builds one in a few seconds.
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await iam.send(new GetCredentialReportCommand({}));
        const csv = new TextDecoder().decode(res.Content ?? new Uint8Array());
        return parseCredentialReport(csv, res.GeneratedTime?.toISOString() ?? null);
      } catch (err) {
        const code = awsErrorCode(err);
        if ((code !== 'ReportNotPresent' && code !== 'ReportInProgress' && code !== 'ReportExpired') || attempt >= 30) throw err;
        if (code !== 'ReportInProgress') await iam.send(new GenerateCredentialReportCommand({}));
        await new Promise((r) => setTimeout(r, attempt === 0 ? 50 : 1000));
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

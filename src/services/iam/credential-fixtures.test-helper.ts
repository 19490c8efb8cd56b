/**
 * Test fixtures for the IAM credential checks: credential-report rows with safe defaults (a user with
 * no password, no MFA and no keys), overridden per test.
 */
import type { CredentialReport, CredentialReportRow } from './collectors.js';

export function reportRow(user: string, overrides: Partial<CredentialReportRow> = {}): CredentialReportRow {
  return {
    user,
    arn: user === '<root_account>' ? 'arn:aws:iam::123456789012:root' : `arn:aws:iam::123456789012:user/${user}`,
    userCreationTime: '2025-01-01T00:00:00.000Z',
    passwordEnabled: user === '<root_account>' ? null : false,
    passwordLastUsed: null,
    passwordLastChanged: null,
    mfaActive: false,
    accessKey1Active: false,
    accessKey1LastRotated: null,
    accessKey1LastUsed: null,
    accessKey2Active: false,
    accessKey2LastRotated: null,
    accessKey2LastUsed: null,
    cert1Active: false,
    cert2Active: false,
    ...overrides,
  };
}

export function report(users: CredentialReportRow[], root: CredentialReportRow | null = null): CredentialReport {
  return { generatedAt: '2026-11-01T11:00:00.000Z', root, users };
}

/** An ISO date `days` days before the fixture scan start (2026-11-01T12:00:00Z). */
export const daysAgo = (days: number): string => new Date(Date.parse('2026-11-01T12:00:00Z') - days * 86_400_000).toISOString();

/**
 * Who prowl scans as: the SDK's default chain (env, SSO, profiles, container, instance), an optional
 * profile, an optional role to assume (with external id, session name, duration, MFA). Assumed-role
 * credentials come from one memoised provider that refreshes them before they expire, so long scans
 * keep going. Role chaining (assuming a role from an assumed-role session) is capped by AWS at one hour:
 * that is detected before the scan starts and the duration is lowered with a warning.
 */
import { createInterface } from 'node:readline/promises';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { EXIT, UserError } from '../cli/errors.js';
import { awsErrorCode, toCallError } from './errors.js';

export interface CredentialOptions {
  profile?: string;
  role?: string;
  externalId?: string;
  /** Seconds. */
  sessionDuration?: number;
  roleSessionName?: string;
  mfa?: boolean;
  /** Region for STS calls. */
  region: string;
  /** Reads the MFA ARN and code (tests inject answers). */
  prompt?: (question: string) => Promise<string>;
}

export interface Identity {
  accountId: string;
  arn: string;
  partition: string;
  credentials: AwsCredentialIdentityProvider;
  /** The credentials prowl started from, before any role was assumed (for -D uploads). */
  baseCredentials: AwsCredentialIdentityProvider;
  /** The account of baseCredentials (the uploading account with -D). */
  baseAccountId?: string;
  /** How prowl authenticated, named for people: "profile: audit", "SSO (profile: dev)", "environment variables", "role: arn..." (CSV AUTH_METHOD). */
  method: string;
  warnings: string[];
}

/** The SDK's record of where credentials came from ($source feature flags) in words. */
export function describeSource(creds: AwsCredentialIdentity, profile: string | undefined): string {
  const source = Object.keys((creds as { $source?: Record<string, string> }).$source ?? {});
  const has = (...names: string[]) => names.some((n) => source.includes(n));
  const inProfile = profile ? ` (profile: ${profile})` : '';
  if (has('CREDENTIALS_PROFILE_SSO', 'CREDENTIALS_PROFILE_SSO_LEGACY', 'CREDENTIALS_SSO', 'CREDENTIALS_SSO_LEGACY')) return `SSO${inProfile}`;
  if (has('CREDENTIALS_PROFILE_SOURCE_PROFILE', 'CREDENTIALS_STS_ASSUME_ROLE')) return `role from profile${inProfile}`;
  if (has('CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN', 'CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN', 'CREDENTIALS_STS_ASSUME_ROLE_WEB_ID')) return `web identity${inProfile}`;
  if (has('CREDENTIALS_PROFILE_PROCESS', 'CREDENTIALS_PROCESS')) return `credential process${inProfile}`;
  if (has('CREDENTIALS_PROFILE_LOGIN', 'CREDENTIALS_LOGIN')) return `console login${inProfile}`;
  if (has('CREDENTIALS_ENV_VARS')) return 'environment variables';
  if (has('CREDENTIALS_IMDS')) return 'instance metadata (EC2 instance profile)';
  if (has('CREDENTIALS_HTTP')) return 'container credentials (ECS/EKS)';
  if (has('CREDENTIALS_PROFILE', 'CREDENTIALS_FILE', 'CREDENTIALS_CODE')) return profile ? `profile: ${profile}` : 'profile: default';
  return profile ? `profile: ${profile}` : 'default credential chain';
}

/** The AWS API endpoint the environment points the SDK to, if any (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL). */
const endpointOverride = () => process.env.AWS_ENDPOINT_URL_STS ?? process.env.AWS_ENDPOINT_URL;

const ROLE_CHAIN_MAX = 3600;
/** Fetch new role credentials this long before the current ones expire (the SDK clients use the same margin). */
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * One session shared by every client: fromTemporaryCredentials calls AssumeRole (and asks for an MFA
 * code) on every invocation, and each SDK client would otherwise invoke it once for itself.
 */
export function sharedSession(provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  let current: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  return async () => {
    if (current && (!current.expiration || current.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS)) return current;
    pending ??= provider()
      .then((c) => (current = c))
      .finally(() => (pending = undefined));
    return pending;
  };
}

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new UserError('--mfa needs an interactive terminal to read the MFA device ARN and code', EXIT.usage);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/** Map a credentials or STS failure to a one-line user error. */
export function credentialError(err: unknown, what: string): UserError {
  const e = toCallError('sts:GetCallerIdentity', err);
  const code = awsErrorCode(err);
  if (e.kind === 'Unreachable' || e.kind === 'Timeout') {
    return new UserError(`${what}: AWS endpoint unreachable (${e.message})`, EXIT.runtime);
  }
  // The request reached an endpoint that is not a working STS (a proxy, a wrong AWS_ENDPOINT_URL, an outage):
  // the credentials were never judged, so do not blame them.
  const status = (err as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
  if (status !== undefined && (status === 404 || status === 405 || status >= 500 || code === 'NotFound' || code === 'UnknownError')) {
    const where = endpointOverride() ? `the endpoint ${endpointOverride()} (AWS_ENDPOINT_URL${process.env.AWS_ENDPOINT_URL_STS ? '_STS' : ''})` : 'the STS endpoint';
    return new UserError(
      `${what}: ${where} answered HTTP ${status}${code && code !== 'UnknownError' && code !== 'Unknown' ? ` (${code})` : ''} to sts:GetCallerIdentity: an endpoint or network problem, not a credentials one; check the endpoint and any proxy`,
      EXIT.runtime,
    );
  }
  if (code === 'CredentialsProviderError' || /Could not load credentials|Unable to load credentials/i.test(e.message)) {
    return new UserError(`${what}: no AWS credentials found (set AWS_PROFILE or use -p, or configure the default chain)`, EXIT.credentials);
  }
  if (/ExpiredToken|token.*expired/i.test(code + e.message)) {
    return new UserError(`${what}: the AWS credentials have expired (${code}); refresh them (e.g. aws sso login) and retry`, EXIT.credentials);
  }
  return new UserError(`${what}: ${code}: ${e.message}`, EXIT.credentials);
}

/** sts:GetCallerIdentity with these credentials: which account and identity they are. */
export async function callerIdentity(credentials: AwsCredentialIdentityProvider, region: string): Promise<{ account: string; arn: string }> {
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
  const sts = new STSClient({ region, credentials, maxAttempts: 3 });
  try {
    const res = await sts.send(new GetCallerIdentityCommand({}));
    return { account: res.Account ?? '', arn: res.Arn ?? '' };
  } finally {
    sts.destroy();
  }
}

export async function resolveIdentity(opts: CredentialOptions): Promise<Identity> {
  const { fromNodeProviderChain, fromTemporaryCredentials } = await import('@aws-sdk/credential-providers');
  const prompt = opts.prompt ?? ask;
  const warnings: string[] = [];
  let mfaSerial: string | undefined;
  const mfaCode = async (serial: string) => prompt(`MFA code for ${serial}: `);
  if (opts.mfa) mfaSerial = await prompt('ARN of your MFA device: ');

  const profile = opts.profile ?? process.env.AWS_PROFILE;
  if (profile && process.env.AWS_ACCESS_KEY_ID && process.env.AWS_SECRET_ACCESS_KEY) {
    warnings.push(
      `${opts.profile ? `-p ${opts.profile}` : `AWS_PROFILE=${profile}`} wins: the AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY set in the environment are not used` +
        (opts.profile ? ' (unset -p to scan with them)' : ' (unset AWS_PROFILE to scan with them)'),
    );
  }
  // The SDK would print its own multi-line warning for the same case: prowl says it once, above.
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const base: AwsCredentialIdentityProvider = fromNodeProviderChain({
    ...(opts.profile ? { profile: opts.profile } : {}),
    mfaCodeProvider: mfaCode,
    logger: quiet,
  });
  let who: { account: string; arn: string };
  let method: string;
  try {
    method = describeSource(await base(), profile);
    who = await callerIdentity(base, opts.region);
  } catch (err) {
    throw credentialError(err, opts.profile ? `profile ${opts.profile}` : 'default credentials');
  }

  if (!opts.role) {
    if (mfaSerial) {
      // MFA without a role: one session token bound to the MFA device, valid for -T seconds (it cannot be
      // refreshed without a new code, so -T must cover the scan).
      const credentials = await mfaSessionToken(base, mfaSerial, await mfaCode(mfaSerial), opts.sessionDuration ?? 3600, opts.region);
      return { accountId: who.account, arn: who.arn, partition: partitionOf(who.arn), credentials: async () => credentials, baseCredentials: base, baseAccountId: who.account, method: `${method} with MFA`, warnings };
    }
    return { accountId: who.account, arn: who.arn, partition: partitionOf(who.arn), credentials: base, baseCredentials: base, baseAccountId: who.account, method, warnings };
  }

  let duration = opts.sessionDuration ?? 3600;
  if (who.arn.includes(':assumed-role/') && duration > ROLE_CHAIN_MAX) {
    warnings.push(
      `role chaining: ${who.arn} is itself an assumed role, so AWS caps ${opts.role} sessions at 1 hour; using -T ${ROLE_CHAIN_MAX} instead of ${duration} (credentials are refreshed automatically)`,
    );
    duration = ROLE_CHAIN_MAX;
  }
  const roleArn = opts.role.startsWith('arn:') ? opts.role : `arn:${partitionOf(who.arn)}:iam::${who.account}:role/${opts.role}`;
  const provider = sharedSession(fromTemporaryCredentials({
    params: {
      RoleArn: roleArn,
      RoleSessionName: opts.roleSessionName ?? 'prowl-scan',
      DurationSeconds: duration,
      ...(opts.externalId ? { ExternalId: opts.externalId } : {}),
      ...(mfaSerial ? { SerialNumber: mfaSerial } : {}),
    },
    masterCredentials: base,
    clientConfig: { region: opts.region },
    mfaCodeProvider: mfaCode,
  }));
  try {
    const assumed = await callerIdentity(provider, opts.region);
    return { accountId: assumed.account, arn: assumed.arn, partition: partitionOf(assumed.arn), credentials: provider, baseCredentials: base, baseAccountId: who.account, method: `role: ${roleArn} (from ${method})`, warnings };
  } catch (err) {
    throw credentialError(err, `cannot assume role ${roleArn}`);
  }
}

async function mfaSessionToken(base: AwsCredentialIdentityProvider, serial: string, code: string, duration: number, region: string) {
  const { STSClient, GetSessionTokenCommand } = await import('@aws-sdk/client-sts');
  const sts = new STSClient({ region, credentials: base, maxAttempts: 3 });
  try {
    const { Credentials: c } = await sts.send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: code, DurationSeconds: duration }));
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('STS returned no credentials');
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
  } catch (err) {
    throw credentialError(err, `MFA session for ${serial}`);
  } finally {
    sts.destroy();
  }
}

export function partitionOf(arn: string): string {
  return /^arn:([^:]+):/.exec(arn)?.[1] ?? 'aws';
}

export function homeRegionFor(partition: string): string {
  if (partition === 'aws-us-gov') return 'us-gov-west-1';
  if (partition === 'aws-cn') return 'cn-north-1';
  return 'us-east-1';
}

export interface AccountRoleOptions {
  /** Credentials allowed to assume the role (the management account or a delegated administrator). */
  base: AwsCredentialIdentityProvider;
  /** ARN of the identity behind `base`: an assumed role can only chain for one hour. */
  baseArn: string;
  accountId: string;
  partition: string;
  /** The role's name (or path/name) in every account, e.g. OrganizationAccountAccessRole. */
  roleName: string;
  externalId?: string;
  /** Seconds (default 3600). */
  sessionDuration?: number;
  roleSessionName?: string;
  /** Region for STS calls. */
  region: string;
}

/**
 * Credentials for one account of an Organization: assumes arn:<partition>:iam::<account>:role/<name> from the
 * base credentials, refreshed before they expire, and checks them with sts:GetCallerIdentity. A role that
 * cannot be assumed throws a UserError naming the role (the Organization runner reports it for that account).
 */
export async function assumeAccountRole(opts: AccountRoleOptions): Promise<{ credentials: AwsCredentialIdentityProvider; arn: string; warnings: string[] }> {
  const { fromTemporaryCredentials } = await import('@aws-sdk/credential-providers');
  const warnings: string[] = [];
  let duration = opts.sessionDuration ?? 3600;
  if (opts.baseArn.includes(':assumed-role/') && duration > ROLE_CHAIN_MAX) {
    warnings.push(`role chaining: ${opts.baseArn} is itself an assumed role, so AWS caps ${opts.roleName} sessions at 1 hour; using -T ${ROLE_CHAIN_MAX} instead of ${duration}`);
    duration = ROLE_CHAIN_MAX;
  }
  const roleArn = `arn:${opts.partition}:iam::${opts.accountId}:role/${opts.roleName.replace(/^\/+/, '')}`;
  const credentials = sharedSession(fromTemporaryCredentials({
    params: {
      RoleArn: roleArn,
      RoleSessionName: opts.roleSessionName ?? 'prowl-scan',
      DurationSeconds: duration,
      ...(opts.externalId ? { ExternalId: opts.externalId } : {}),
    },
    masterCredentials: opts.base,
    clientConfig: { region: opts.region },
  }));
  let who: { account: string; arn: string };
  try {
    who = await callerIdentity(credentials, opts.region);
  } catch (err) {
    throw Object.assign(credentialError(err, `cannot assume role ${roleArn}`), { callError: toCallError('sts:AssumeRole', err) });
  }
  if (who.account !== opts.accountId) {
    throw new UserError(`role ${roleArn} gave credentials of account ${who.account}, not ${opts.accountId}`, EXIT.credentials);
  }
  return { credentials, arn: who.arn, warnings };
}

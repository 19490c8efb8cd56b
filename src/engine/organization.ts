/**
 * Many accounts in one run: list the accounts of an AWS Organization (or take a list), assume a role in each
 * and scan them with the engine, several at a time. Like the engine it owns no console and no files.
 *
 * - AWS's limits are per account, so each account gets its own ClientPool (and so its own per-service caps);
 *   `accountConcurrency` accounts are collected at the same time.
 * - Evaluation (and so every onFinding) runs one account at a time, in the order accounts finish collecting:
 *   the caller's report writers never see two accounts interleaved. An account's collection slot is freed
 *   as soon as its evaluation begins, so the next account is collected meanwhile; memory holds at most
 *   `accountConcurrency` + 1 inventories, never the whole Organization's.
 * - An account that cannot be assumed or collected becomes one ERROR finding for that account (check
 *   ACCOUNT_ACCESS_CHECK, naming the failed call); the other accounts carry on.
 */
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { ClientPool } from '../aws/client.js';
import { assumeAccountRole, homeRegionFor } from '../aws/credentials.js';
import { toCallError } from '../aws/errors.js';
import { defineCheck, type Check } from '../core/check.js';
import { findingUid } from '../core/evaluate.js';
import type { Inventory } from '../core/inventory.js';
import { describeCallError, type AccountInfo, type CallError, type Finding } from '../core/types.js';
import { buildComplianceIndex } from '../compliance/index.js';
import { collectAccount, evaluateInventory, type EvaluationResult, type ProgressEvent, type Selection } from './index.js';

/** One account to scan. */
export interface AccountTarget {
  accountId: string;
  /** From Organizations (ListAccounts), when known. */
  name?: string;
  email?: string;
}

export interface OrganizationListing {
  organizationId?: string;
  managementAccountId?: string;
  /** ACTIVE accounts, sorted by id. */
  accounts: AccountTarget[];
}

const isActive = (a: { Status?: string; State?: string }) => (a.State ?? a.Status) === 'ACTIVE';

/**
 * The ACTIVE accounts of the Organization the credentials belong to (the management account or a delegated
 * administrator may list them), or of one organizational unit and every OU below it.
 */
export async function listOrganizationAccounts(
  credentials: AwsCredentialIdentityProvider,
  opts: { partition?: string; organizationalUnit?: string; maxAttempts?: number } = {},
): Promise<OrganizationListing> {
  const region = homeRegionFor(opts.partition ?? 'aws');
  const pool = new ClientPool({ credentials, maxAttempts: opts.maxAttempts });
  try {
    const sdk = await import('@aws-sdk/client-organizations');
    const org = await pool.client('organizations', region);
    const toTarget = (a: { Id?: string; Name?: string; Email?: string }): AccountTarget => ({
      accountId: a.Id!,
      ...(a.Name ? { name: a.Name } : {}),
      ...(a.Email ? { email: a.Email } : {}),
    });
    const accounts: AccountTarget[] = [];
    if (opts.organizationalUnit) {
      const walk = async (parent: string): Promise<void> => {
        for await (const page of sdk.paginateListAccountsForParent({ client: org }, { ParentId: parent })) {
          for (const a of page.Accounts ?? []) if (a.Id && isActive(a as { Status?: string })) accounts.push(toTarget(a));
        }
        const children: string[] = [];
        for await (const page of sdk.paginateListOrganizationalUnitsForParent({ client: org }, { ParentId: parent })) {
          for (const ou of page.OrganizationalUnits ?? []) if (ou.Id) children.push(ou.Id);
        }
        for (const child of children) await walk(child);
      };
      await walk(opts.organizationalUnit);
    } else {
      for await (const page of sdk.paginateListAccounts({ client: org }, {})) {
        for (const a of page.Accounts ?? []) if (a.Id && isActive(a as { Status?: string })) accounts.push(toTarget(a));
      }
    }
    let organizationId: string | undefined;
    let managementAccountId: string | undefined;
    try {
      const { Organization } = await org.send(new sdk.DescribeOrganizationCommand({}));
      organizationId = Organization?.Id;
      managementAccountId = Organization?.MasterAccountId;
    } catch {
      /* the listing is what matters; the organization id is metadata */
    }
    accounts.sort((a, b) => a.accountId.localeCompare(b.accountId));
    return { organizationId, managementAccountId, accounts };
  } finally {
    pool.destroy();
  }
}

/** An account's name and email from Organizations (organizations:DescribeAccount), and its Organization's id. */
export async function describeOrganizationAccount(
  credentials: AwsCredentialIdentityProvider,
  accountId: string,
  opts: { partition?: string; maxAttempts?: number } = {},
): Promise<AccountTarget & { organizationId?: string }> {
  const pool = new ClientPool({ credentials, maxAttempts: opts.maxAttempts });
  try {
    const sdk = await import('@aws-sdk/client-organizations');
    const org = await pool.client('organizations', homeRegionFor(opts.partition ?? 'aws'));
    const { Account: a } = await org.send(new sdk.DescribeAccountCommand({ AccountId: accountId }));
    const { Organization } = await org.send(new sdk.DescribeOrganizationCommand({}));
    return { accountId, ...(a?.Name ? { name: a.Name } : {}), ...(a?.Email ? { email: a.Email } : {}), ...(Organization?.Id ? { organizationId: Organization.Id } : {}) };
  } finally {
    pool.destroy();
  }
}

/**
 * The finding for an account prowl could not scan: not a security verdict about the account, but an ERROR in
 * every report and the summary so that the gap is seen.
 */
export const ACCOUNT_ACCESS_CHECK: Check = defineCheck({
  id: 'prowl_account_scan_access',
  title: 'prowl could assume its scan role in the account and read it',
  service: 'prowl',
  severity: 'high',
  resourceType: 'AwsAccount',
  categories: [],
  description: 'In a multi-account run prowl assumes the named role in every account before it scans it. This finding is reported only when that failed, so the account was not scanned at all.',
  risk: 'An account that was not scanned has unknown posture: none of its misconfigurations appear in the reports, and a clean report may hide it.',
  remediation: {
    text: 'Create the role in the account (for example with a CloudFormation StackSet across the Organization), let the scanning identity assume it in its trust policy (with the external id, if one is used), and give it read access (SecurityAudit and ViewOnlyAccess).',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_access.html',
  },
  uses: [],
  run: () => undefined,
});

export interface AccountsScanOptions extends Selection {
  accounts: AccountTarget[];
  /** Credentials that may assume the role in every account (the management account, a delegated admin). */
  base: AwsCredentialIdentityProvider;
  /** ARN of the identity behind `base`. */
  baseArn: string;
  partition: string;
  /** Role to assume in each account: arn:<partition>:iam::<account>:role/<roleName>. */
  roleName: string;
  externalId?: string;
  sessionDuration?: number;
  roleSessionName?: string;
  organizationId?: string;
  regions?: string[];
  excludedRegions?: string[];
  maxAttempts?: number;
  trackRequests?: boolean;
  /** Accounts collected at the same time (default 4). */
  accountConcurrency?: number;
  /** Before evaluating an account (one account at a time): open its reports, save its inventory. Awaited. */
  onInventory?: (inventory: Inventory, target: AccountTarget) => void | Promise<void>;
  /** Every finding, one account at a time. Awaited. */
  onFinding: (finding: Finding, check: Check, target: AccountTarget) => void | Promise<void>;
  /** Once an account is evaluated or has failed (one account at a time): close its reports. Awaited. */
  onAccountDone?: (outcome: AccountOutcome, progress: RunProgress) => void | Promise<void>;
  onProgress?: (event: ProgressEvent) => void;
  onWarning?: (message: string, target?: AccountTarget) => void;
}

export interface RunProgress {
  done: number;
  total: number;
  /** API calls of the whole run so far, and per second since it started. */
  apiCalls: number;
  callsPerSecond: number;
  elapsedMs: number;
}

export type AccountOutcome =
  | {
      target: AccountTarget; ok: true; account: AccountInfo; evaluation: EvaluationResult; apiCalls: number; repeated: string[]; durationMs: number;
      /** The assumed role's credentials (refreshed as they expire), for a caller that sends the account's findings on. */
      credentials: AwsCredentialIdentityProvider;
    }
  | { target: AccountTarget; ok: false; error: CallError; evaluation: EvaluationResult; apiCalls: number; durationMs: number };

export interface AccountsScanResult {
  outcomes: AccountOutcome[];
  apiCalls: number;
  durationMs: number;
}

/** Scan every target account; the run ends when all are done, whatever happened to each. */
export async function scanAccounts(opts: AccountsScanOptions): Promise<AccountsScanResult> {
  const started = Date.now();
  const region = homeRegionFor(opts.partition);
  const compliance = buildComplianceIndex();
  const concurrency = Math.max(1, opts.accountConcurrency ?? 4);
  const callsByAccount = new Map<string, number>();
  const apiCalls = () => [...callsByAccount.values()].reduce((a, b) => a + b, 0);
  const outcomes: AccountOutcome[] = [];
  let done = 0;
  // One account evaluates (and reaches the caller's reports) at a time.
  let turn: Promise<void> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = turn.then(fn);
    turn = next.then(() => undefined, () => undefined);
    return next;
  };
  const progress = (): RunProgress => {
    const elapsedMs = Date.now() - started;
    const calls = apiCalls();
    return { done, total: opts.accounts.length, apiCalls: calls, callsPerSecond: elapsedMs ? (calls * 1000) / elapsedMs : 0, elapsedMs };
  };

  /**
   * Collect one account, then queue its evaluation. Resolves once that evaluation has begun, so the caller's
   * worker goes on to collect the next account while this one is evaluated: at most `concurrency` accounts
   * are collected at once and one more is evaluated, so memory holds at most concurrency + 1 inventories.
   * `evaluated` settles when the account's findings have all been delivered.
   */
  const one = async (target: AccountTarget): Promise<{ evaluated: Promise<void> }> => {
    const t0 = Date.now();
    const warn = (w: string) => opts.onWarning?.(w, target);
    let collected: Awaited<ReturnType<typeof collectAccount>> | undefined;
    let credentials: AwsCredentialIdentityProvider | undefined;
    let failure: CallError | undefined;
    try {
      const role = await assumeAccountRole({
        base: opts.base,
        baseArn: opts.baseArn,
        accountId: target.accountId,
        partition: opts.partition,
        roleName: opts.roleName,
        externalId: opts.externalId,
        sessionDuration: opts.sessionDuration,
        roleSessionName: opts.roleSessionName,
        region,
      });
      role.warnings.forEach(warn);
      credentials = role.credentials;
      const account: AccountInfo = {
        accountId: target.accountId,
        partition: opts.partition,
        identityArn: role.arn,
        ...(opts.organizationId ? { organizationId: opts.organizationId } : {}),
      };
      try {
        collected = await collectAccount({
          checks: opts.checks,
          config: opts.config,
          credentials: role.credentials,
          account,
          regions: opts.regions,
          excludedRegions: opts.excludedRegions,
          maxAttempts: opts.maxAttempts,
          trackRequests: opts.trackRequests,
          onWarning: warn,
          onProgress: (e) => {
            if (e.type === 'fact-done' || e.type === 'collect-done') callsByAccount.set(target.accountId, e.apiCalls);
            opts.onProgress?.(e);
          },
        });
      } catch (err) {
        failure = toCallError('ec2:DescribeRegions', err);
        failure.message = (err as Error).message ?? failure.message;
      }
    } catch (err) {
      failure = (err as { callError?: CallError }).callError ?? toCallError('sts:AssumeRole', err);
      failure.message = (err as Error).message ?? failure.message;
    }
    let begin!: () => void;
    const begun = new Promise<void>((r) => (begin = r));
    const evaluated = exclusive(async () => {
      begin();
      if (collected) {
        const inventory = collected.inventory;
        await opts.onInventory?.(inventory, target);
        const evaluation = await evaluateInventory(inventory, {
          checks: opts.checks,
          frameworks: opts.frameworks,
          config: opts.config,
          muter: opts.muter,
          compliance,
          onWarning: warn,
          onProgress: opts.onProgress,
          onFinding: (f, c) => opts.onFinding(f, c, target),
        });
        collected = undefined; // the inventory can go as soon as the account is evaluated
        done++;
        const outcome: AccountOutcome = {
          target, ok: true, account: inventory.meta.account, evaluation,
          apiCalls: callsByAccount.get(target.accountId) ?? 0, repeated: [], durationMs: Date.now() - t0, credentials: credentials!,
        };
        outcomes.push(outcome);
        await opts.onAccountDone?.(outcome, progress());
      } else {
        const error = failure!;
        const finding = accessFinding(target, opts.partition, region, error);
        const muted = opts.muter?.match(finding);
        if (muted !== undefined) Object.assign(finding, { muted: true, mutedBy: muted });
        await opts.onFinding(finding, ACCOUNT_ACCESS_CHECK, target);
        done++;
        const counts = { PASS: 0, FAIL: 0, MANUAL: 0, ERROR: 1, MUTED: finding.muted ? 1 : 0 };
        const outcome: AccountOutcome = {
          target, ok: false, error, evaluation: { counts, unmutedFails: 0, unmutedPasses: 0 },
          apiCalls: callsByAccount.get(target.accountId) ?? 0, durationMs: Date.now() - t0,
        };
        outcomes.push(outcome);
        await opts.onAccountDone?.(outcome, progress());
      }
    });
    await begun;
    return { evaluated };
  };

  const queue = [...opts.accounts];
  const evaluations: Promise<void>[] = [];
  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let target = queue.shift(); target; target = queue.shift()) evaluations.push((await one(target)).evaluated);
  });
  await Promise.all(workers);
  await Promise.all(evaluations);
  return { outcomes, apiCalls: apiCalls(), durationMs: Date.now() - started };
}

function accessFinding(target: AccountTarget, partition: string, region: string, error: CallError): Finding {
  const arn = `arn:${partition}:iam::${target.accountId}:root`;
  return {
    uid: findingUid(ACCOUNT_ACCESS_CHECK.id, target.accountId, region, arn),
    checkId: ACCOUNT_ACCESS_CHECK.id,
    status: 'ERROR',
    statusExtended: `Account ${target.accountId}${target.name ? ` (${target.name})` : ''} was not scanned: ${error.message} (${describeCallError(error)}).`,
    accountId: target.accountId,
    region,
    resource: { arn, id: target.accountId, name: target.name ?? target.accountId, region },
    muted: false,
    error,
    compliance: [],
    timestamp: new Date().toISOString(),
  };
}

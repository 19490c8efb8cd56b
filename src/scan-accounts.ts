/**
 * The CLI's multi-account run (--organization-role, --accounts, or --from-inventory with a directory): the
 * Organization runner (src/engine/organization.ts) does the scanning; this file attaches what a user sees:
 * one set of reports for the whole run, one per account with --output-per-account, progress lines (accounts
 * done / total and the API call rate) and the console summary with a table of accounts.
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pc from 'picocolors';
import { homeRegionFor, resolveIdentity, type CredentialOptions } from './aws/credentials.js';
import type { Check } from './core/check.js';
import { Inventory } from './core/inventory.js';
import type { AccountInfo, Finding, Status } from './core/types.js';
import { getFramework, LATEST_CIS, type Framework } from './compliance/index.js';
import { EXIT, UserError } from './cli/errors.js';
import { evaluateInventory, narrowInventory, SCAN_COMPLETENESS_CHECK, type Selection } from './engine/index.js';
import {
  ACCOUNT_ACCESS_CHECK,
  listOrganizationAccounts,
  scanAccounts,
  type AccountOutcome,
  type AccountTarget,
} from './engine/organization.js';
import { createWriters, type OutputContext, type OutputMode, type OutputWriter } from './outputs/index.js';
import type { AccountDetails } from './outputs/types.js';
import { createComplianceWriters } from './outputs/compliance-csv.js';
import { Summary, formatFindingLine, renderAccountsTable, type AccountRow } from './outputs/console.js';
import { saveInventory } from './scan.js';
import { VERSION } from './version.js';

export interface AccountsScanCliOptions extends Omit<CredentialOptions, 'region' | 'role'>, Selection {
  frameworks: string[];
  /** -R: a role to assume first (in the management account), from which the member roles are assumed. */
  baseRole?: string;
  /** -O: a role (ARN) to assume for the Organizations calls (listing accounts, their names). */
  organizationsRole?: string;
  /** --organization-role: the role name in every account. */
  organizationRole?: string;
  /** --accounts / --accounts-file: these accounts instead of the whole Organization. */
  accounts?: string[];
  excludedAccounts?: string[];
  organizationalUnit?: string;
  accountConcurrency?: number;
  /** --from-inventory DIR: re-evaluate every account's inventory saved there. */
  fromInventoryDir?: string;
  /** --save-inventory DIR: one <account id>.json per account. */
  saveInventoryDir?: string;
  regions?: string[];
  excludedRegions?: string[];
  outputModes: OutputMode[];
  outputDirectory: string;
  outputFilename?: string;
  outputPerAccount?: boolean;
  statuses?: Status[];
  verbose: boolean;
  quiet: boolean;
  progress: boolean;
  ignoreExitCode3: boolean;
  maxAttempts?: number;
  trackRequests?: boolean;
  /** -S: each account's findings go to its own Security Hub, imported with the role assumed in that account. */
  securityHub?: { onlyFails: boolean; skipUpdate: boolean };
  /** -B/-D: upload every report of the run (-B with the -R role's credentials, -D with the original ones). */
  outputBucket?: { url: string; originalCredentials: boolean; owner?: string };
}

export interface AccountsScanCliResult {
  exitCode: number;
  counts: Record<Status | 'MUTED', number>;
  files: string[];
  outcomes: AccountRow[];
  /** Prowler 2's score over every account: unmuted PASS x 100 / (unmuted PASS + FAIL). */
  score?: number;
  apiCalls: number;
  durationMs: number;
}

const stamp = (d: Date) => d.toISOString().replace(/[-:T]/g, '').slice(0, 14);

/** A set of report files (every -M mode and the compliance CSVs) in one directory. */
async function openReportSet(modes: OutputMode[], dir: string, base: string, ctx: OutputContext, frameworks: Framework[]): Promise<OutputWriter[]> {
  const fileModes = modes.filter((m) => m !== 'text');
  if (fileModes.length) {
    await mkdir(join(dir, 'compliance'), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`cannot create the output directory ${dir}: ${e.code ?? e.message}`, EXIT.usage);
    });
  }
  const writers = await createWriters(modes, join(dir, base), ctx);
  if (fileModes.length) writers.push(...createComplianceWriters(dir, frameworks, ctx, { base }));
  return writers;
}

export async function runAccountsScan(opts: AccountsScanCliOptions, out: NodeJS.WriteStream = process.stdout, err: NodeJS.WriteStream = process.stderr): Promise<AccountsScanCliResult> {
  const started = Date.now();
  const warn = (w: string) => err.write(pc.yellow(`warning: ${w}\n`));
  const note = (s: string) => opts.progress && err.write(`${s}\n`);
  const frameworks = (opts.frameworks.length ? opts.frameworks : [LATEST_CIS]).map((id) => getFramework(id)!);
  const checks: Check[] = [...opts.checks, ACCOUNT_ACCESS_CHECK, SCAN_COMPLETENESS_CHECK];
  const summary = new Summary(frameworks, new Map(checks.map((c) => [c.id, c])));
  const wanted = opts.quiet ? new Set<Status>(['FAIL']) : opts.statuses?.length ? new Set(opts.statuses) : undefined;
  const details = new Map<string, AccountDetails>();
  const rows: AccountRow[] = [];
  const files: string[] = [];
  const modes = opts.outputModes;

  // Who runs the scan, and which accounts.
  let runAccount: AccountInfo;
  let targets: AccountTarget[];
  let live: { base: Awaited<ReturnType<typeof resolveIdentity>>; organizationId?: string } | undefined;
  let inventoryFiles: string[] = [];
  if (opts.fromInventoryDir) {
    inventoryFiles = (await readdir(opts.fromInventoryDir).catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`cannot read the inventory directory ${opts.fromInventoryDir}: ${e.code ?? e.message}`, EXIT.usage);
    })).filter((f) => f.endsWith('.json')).sort().map((f) => join(opts.fromInventoryDir!, f));
    if (inventoryFiles.length === 0) throw new UserError(`${opts.fromInventoryDir} holds no inventory (.json) files`, EXIT.usage);
    targets = [];
    runAccount = { accountId: 'inventories', partition: 'aws', identityArn: '' };
  } else {
    const homeGuess = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
    const { profile, roleSessionName, mfa, prompt } = opts;
    const base = await resolveIdentity({ profile, role: opts.baseRole, roleSessionName, mfa, prompt, region: homeGuess });
    base.warnings.forEach(warn);
    // -O: Organizations is read with its own role (e.g. in the management account); the members are assumed from `base`.
    let orgCredentials = base.credentials;
    if (opts.organizationsRole) {
      const orgIdentity = await resolveIdentity({ profile, role: opts.organizationsRole, roleSessionName, region: homeGuess });
      orgIdentity.warnings.forEach(warn);
      orgCredentials = orgIdentity.credentials;
    }
    let organizationId: string | undefined;
    let listed: AccountTarget[] | undefined;
    if (!opts.accounts?.length || opts.organizationalUnit) {
      try {
        const org = await listOrganizationAccounts(orgCredentials, { partition: base.partition, organizationalUnit: opts.organizationalUnit, maxAttempts: opts.maxAttempts });
        organizationId = org.organizationId;
        listed = org.accounts;
      } catch (e) {
        const what = opts.organizationalUnit ? `the accounts of ${opts.organizationalUnit}` : 'the accounts of the Organization';
        throw new UserError(`cannot list ${what} with ${base.arn} (run from the management account or a delegated administrator, or name the accounts with --accounts): ${(e as Error).message}`, EXIT.credentials);
      }
    } else {
      // A list of accounts: Organizations only adds their names, when the credentials may read it.
      try {
        const org = await listOrganizationAccounts(orgCredentials, { partition: base.partition, maxAttempts: opts.maxAttempts });
        organizationId = org.organizationId;
        const byId = new Map(org.accounts.map((a) => [a.accountId, a]));
        listed = opts.accounts.map((id) => byId.get(id) ?? { accountId: id });
      } catch {
        listed = opts.accounts.map((id) => ({ accountId: id }));
      }
    }
    if (opts.accounts?.length && opts.organizationalUnit) {
      const inOu = new Set(listed.map((a) => a.accountId));
      const outside = opts.accounts.filter((id) => !inOu.has(id));
      if (outside.length) warn(`account(s) ${outside.join(', ')} are not ACTIVE accounts of ${opts.organizationalUnit}: skipped`);
      listed = listed.filter((a) => opts.accounts!.includes(a.accountId));
    }
    const excluded = new Set(opts.excludedAccounts ?? []);
    targets = listed.filter((a) => !excluded.has(a.accountId));
    if (targets.length === 0) throw new UserError('no account left to scan (check --accounts, --excluded-accounts and --organizational-unit)', EXIT.usage);
    runAccount = { accountId: base.accountId, partition: base.partition, identityArn: base.arn, ...(organizationId ? { organizationId } : {}) };
    live = { base, organizationId };
    for (const t of targets) details.set(t.accountId, { name: t.name, email: t.email, partition: base.partition, organizationId });
  }

  const runStarted = new Date(started).toISOString();
  const base = opts.outputFilename ?? `prowl-output-${live?.organizationId ?? (live ? `accounts-${runAccount.accountId}` : 'inventories')}-${stamp(new Date(started))}`;
  const ctx: OutputContext = {
    account: runAccount,
    prowlVersion: VERSION,
    frameworks,
    scanStartedAt: runStarted,
    regions: opts.regions,
    accounts: details,
  };
  const combined = await openReportSet(modes, opts.outputDirectory, base, ctx, frameworks);
  const perAccount = new Map<string, OutputWriter[]>();
  const openAccountReports = async (accountId: string, meta?: Inventory['meta']): Promise<OutputWriter[]> => {
    let w = perAccount.get(accountId);
    if (!w) {
      const own = details.get(accountId) ?? {};
      const accountCtx: OutputContext = {
        account: meta?.account ?? { accountId, partition: own.partition ?? runAccount.partition, identityArn: own.identityArn ?? '' },
        prowlVersion: VERSION,
        frameworks,
        accountName: own.name,
        accountEmail: own.email,
        scanStartedAt: meta?.startedAt ?? runStarted,
        scanFinishedAt: meta?.finishedAt,
        durationMs: meta ? Date.parse(meta.finishedAt) - Date.parse(meta.startedAt) : undefined,
        regions: meta?.regions,
        accounts: details,
      };
      // Text goes to the console once, with the combined reports.
      w = await openReportSet(modes.filter((m) => m !== 'text'), join(opts.outputDirectory, accountId), `prowl-output-${accountId}-${stamp(new Date(meta?.startedAt ?? started))}`, accountCtx, frameworks);
      perAccount.set(accountId, w);
    }
    return w;
  };
  const closeAccountReports = async (accountId: string) => {
    for (const w of perAccount.get(accountId) ?? []) {
      await w.close();
      if (w.path !== '-') files.push(w.path);
    }
    perAccount.delete(accountId);
  };
  // -S: per account, an ASFF file of what its reports hold, and every finding it produced (the keep-set).
  const hub = opts.securityHub ? await import('./integrations/securityhub.js') : undefined;
  const shDir = hub ? await mkdtemp(join(tmpdir(), 'prowl-sh-')) : undefined;
  const shByAccount = new Map<string, { writer: OutputWriter; evaluated: InstanceType<NonNullable<typeof hub>['EvaluatedChecks']>; regions: string[] }>();
  const sendAccountToHub = async (o: AccountOutcome & { ok: true }) => {
    const sh = shByAccount.get(o.target.accountId);
    if (!sh || !hub || !opts.securityHub) return;
    shByAccount.delete(o.target.accountId);
    await sh.writer.close();
    const pool = hub.createSecurityHubPool(o.credentials, { maxAttempts: opts.maxAttempts });
    try {
      const report = await hub.sendToSecurityHub({
        pool,
        accountId: o.target.accountId,
        regions: sh.regions,
        findings: sh.writer.path,
        onlyFails: opts.securityHub.onlyFails,
        skipUpdate: opts.securityHub.skipUpdate,
        checksEvaluated: sh.evaluated.map,
        producedIds: sh.evaluated.produced,
        onWarning: (w) => warn(`${o.target.accountId}: ${w}`),
      });
      shLines.push(`Security Hub ${o.target.accountId}${o.target.name ? ` (${o.target.name})` : ''}: ${report.sent === 1 ? '1 finding' : `${report.sent} findings`} sent, ${report.archived} archived, ${report.failed} rejected, ${report.skipped} skipped`);
    } catch (e) {
      warn(`${o.target.accountId}: findings not sent to Security Hub: ${(e as Error).message}`);
    } finally {
      pool.destroy();
      await rm(sh.writer.path, { force: true });
    }
  };
  const shLines: string[] = [];
  const onFinding = async (finding: Finding, check: Check) => {
    summary.add(finding);
    const sh = shByAccount.get(finding.accountId);
    // Every finding of the account, whatever --status/-q keep in the reports: none of them may be archived.
    sh?.evaluated.observe(finding);
    if (wanted && !wanted.has(finding.status)) return;
    await sh?.writer.write(finding, check);
    if (opts.verbose) out.write(`${formatFindingLine(finding, check)}\n`);
    for (const w of combined) await w.write(finding, check);
    if (opts.outputPerAccount) for (const w of await openAccountReports(finding.accountId)) await w.write(finding, check);
  };
  const counts: Record<Status | 'MUTED', number> = { PASS: 0, FAIL: 0, MANUAL: 0, ERROR: 0, MUTED: 0 };
  let unmutedFails = 0;
  let unmutedPasses = 0;
  let notScanned = 0;
  const addRow = (accountId: string, name: string | undefined, c: Record<Status | 'MUTED', number>, fails: number, passes: number, error?: string) => {
    for (const k of Object.keys(counts) as Array<keyof typeof counts>) counts[k] += c[k];
    unmutedFails += fails;
    unmutedPasses += passes;
    if (error) notScanned++;
    rows.push({ accountId, name, counts: { ...c }, unmutedFails: fails, unmutedPasses: passes, error });
  };

  let apiCalls = 0;
  if (live) {
    note(`Scanning ${targets.length} account(s)${live.organizationId ? ` of ${live.organizationId}` : ''} with role ${opts.organizationRole}, ${opts.accountConcurrency ?? 4} at a time`);
    const result = await scanAccounts({
      checks: opts.checks,
      frameworks: opts.frameworks,
      config: opts.config,
      muter: opts.muter,
      accounts: targets,
      base: live.base.credentials,
      baseArn: live.base.arn,
      partition: live.base.partition,
      roleName: opts.organizationRole!,
      externalId: opts.externalId,
      sessionDuration: opts.sessionDuration,
      roleSessionName: opts.roleSessionName,
      organizationId: live.organizationId,
      regions: opts.regions,
      excludedRegions: opts.excludedRegions,
      maxAttempts: opts.maxAttempts,
      trackRequests: opts.trackRequests,
      accountConcurrency: opts.accountConcurrency,
      onWarning: (w, t) => warn(t ? `${t.accountId}: ${w}` : w),
      onInventory: async (inventory, t) => {
        details.set(t.accountId, { ...details.get(t.accountId), identityArn: inventory.meta.account.identityArn });
        if (opts.saveInventoryDir) await saveInventory(inventory, join(opts.saveInventoryDir, `${t.accountId}.json`));
        if (opts.outputPerAccount) await openAccountReports(t.accountId, inventory.meta);
        if (hub && shDir) {
          const own = details.get(t.accountId) ?? {};
          const actx: OutputContext = { account: inventory.meta.account, prowlVersion: VERSION, frameworks, accountName: own.name, accounts: details };
          const [writer] = await createWriters(['json-asff'], join(shDir, t.accountId), actx);
          shByAccount.set(t.accountId, { writer, evaluated: new hub.EvaluatedChecks(opts.checks.map((c) => c.id), inventory.meta.regions), regions: inventory.meta.regions });
        }
      },
      onFinding: (f, c) => onFinding(f, c),
      onAccountDone: async (o: AccountOutcome, p) => {
        await closeAccountReports(o.target.accountId);
        if (o.ok) await sendAccountToHub(o);
        const e = o.evaluation;
        addRow(o.target.accountId, o.target.name, e.counts, e.unmutedFails, e.unmutedPasses, o.ok ? undefined : o.error.message);
        const who = `${o.target.accountId}${o.target.name ? ` (${o.target.name})` : ''}`;
        note(
          `[${p.done}/${p.total}] ${who}: ${o.ok ? `${o.apiCalls} API calls in ${(o.durationMs / 1000).toFixed(1)}s` : pc.magenta(`not scanned: ${o.error.message}`)}` +
            ` | run: ${p.apiCalls} API calls, ${p.callsPerSecond.toFixed(0)}/s, ${(p.elapsedMs / 1000).toFixed(1)}s`,
        );
      },
    });
    apiCalls = result.apiCalls;
  } else {
    // Offline: one inventory in memory at a time.
    let done = 0;
    for (const file of inventoryFiles) {
      let inventory: Inventory;
      try {
        inventory = await Inventory.load(file);
      } catch (e) {
        throw new UserError((e as Error).message, EXIT.usage);
      }
      narrowInventory(inventory, opts.regions, opts.excludedRegions);
      const a = inventory.meta.account;
      const name = (a as AccountInfo & { name?: string }).name ?? a.alias;
      details.set(a.accountId, { name, partition: a.partition, identityArn: a.identityArn, organizationId: a.organizationId });
      if (opts.outputPerAccount) await openAccountReports(a.accountId, inventory.meta);
      const e = await evaluateInventory(inventory, { ...opts, onWarning: (w) => warn(`${a.accountId}: ${w}`), onFinding });
      await closeAccountReports(a.accountId);
      addRow(a.accountId, name, e.counts, e.unmutedFails, e.unmutedPasses);
      note(`[${++done}/${inventoryFiles.length}] ${a.accountId}${name ? ` (${name})` : ''}: evaluated from ${file}`);
    }
  }
  const combinedFiles: string[] = [];
  for (const w of combined) {
    await w.close();
    if (w.path !== '-') combinedFiles.push(w.path);
  }
  files.unshift(...combinedFiles);
  rows.sort((a, b) => a.accountId.localeCompare(b.accountId));
  out.write(`\n${summary.render()}\n\n${renderAccountsTable(rows)}\n`);
  if (files.length) out.write(`\nDetailed results:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
  if (shDir) await rm(shDir, { recursive: true, force: true });
  if (shLines.length) out.write(`\n${shLines.join('\n')}\n`);
  if (opts.outputBucket && live && files.length) {
    // The run's reports (and the per-account ones) go to the bucket with the runner's credentials: the -R role's
    // with -B, the original ones with -D. The bucket must belong to that account (or --output-bucket-owner).
    const { createS3UploadPool, toS3Url, uploadOutputs } = await import('./integrations/s3-upload.js');
    const b = live.base;
    const upPool = createS3UploadPool(opts.outputBucket.originalCredentials ? b.baseCredentials : b.credentials, { maxAttempts: opts.maxAttempts });
    try {
      const uploaded = await uploadOutputs(files, toS3Url(opts.outputBucket.url), upPool, {
        baseDir: opts.outputDirectory,
        region: homeRegionFor(b.partition),
        expectedBucketOwner: opts.outputBucket.owner ?? (opts.outputBucket.originalCredentials ? b.baseAccountId : b.accountId),
      });
      out.write(`Uploaded ${uploaded.length === 1 ? '1 file' : `${uploaded.length} files`} to ${toS3Url(opts.outputBucket.url)}\n`);
    } finally {
      upPool.destroy();
    }
  }
  return {
    exitCode: unmutedFails > 0 && !opts.ignoreExitCode3 ? EXIT.fail : notScanned > 0 ? EXIT.credentials : EXIT.ok,
    counts,
    files,
    outcomes: rows,
    score: unmutedPasses + unmutedFails ? (unmutedPasses * 100) / (unmutedPasses + unmutedFails) : undefined,
    apiCalls,
    durationMs: Date.now() - started,
  };
}

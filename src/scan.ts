/**
 * The CLI's single-account scan: resolve the identity, run the engine (collect, or load an inventory, then
 * evaluate) and attach the outputs: report files, the console summary, Security Hub and the S3 upload.
 */
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pc from 'picocolors';
import { resolveIdentity, type CredentialOptions, type Identity } from './aws/credentials.js';
import type { Check, Params } from './core/check.js';
import type { Muter } from './core/evaluate.js';
import { Inventory } from './core/inventory.js';
import type { Finding, Status } from './core/types.js';
import { getFramework, LATEST_CIS } from './compliance/index.js';
import { collectAccount, evaluateInventory, narrowInventory, type CollectAccountResult } from './engine/index.js';
import { createProgress } from './cli/progress.js';
import { describeScope, outputBase, prepareOutputDirectory } from './cli/preflight.js';
import { onInterrupt } from './cli/interrupt.js';
import type { Log } from './cli/log.js';
import { EXIT, UserError } from './cli/errors.js';
import { createWriters, OUTPUT_EXTENSIONS, type OutputContext, type OutputMode } from './outputs/index.js';
import { createComplianceWriters } from './outputs/compliance-csv.js';
import { Summary, formatFindingLine } from './outputs/console.js';
import { VERSION } from './version.js';
import { INCOMPLETE_SUFFIX, judgeCalls } from './aws/health.js';
import { SCAN_COMPLETENESS_CHECK } from './engine/completeness.js';

/** A scan's settings. The credential fields (-p, -R, -I, -T, --role-session-name, --mfa) are resolveIdentity's own. */
export interface ScanOptions extends Omit<CredentialOptions, 'region'> {
  checks: Check[];
  frameworks: string[];
  /** Every check id prowl has (so a requirement's unselected check is NOT RUN, a missing one NOT IMPLEMENTED). */
  implementedChecks?: string[];
  config: Record<string, Params>;
  muter?: Muter;
  // regions
  regions?: string[];
  excludedRegions?: string[];
  // inventory
  fromInventory?: string;
  saveInventory?: string;
  // outputs
  outputModes: OutputMode[];
  outputDirectory: string;
  outputFilename?: string;
  statuses?: Status[];
  verbose: boolean;
  quiet: boolean;
  progress: boolean;
  ignoreExitCode3: boolean;
  /** --timeout (seconds per call, retries included) and --scan-timeout (seconds for the whole scan). */
  timeoutSeconds?: number;
  scanTimeoutSeconds?: number;
  /** Max attempts per AWS call (--aws-retries-max-attempts). */
  maxAttempts?: number;
  /** Record request signatures to detect repeated calls (benchmark). */
  trackRequests?: boolean;
  /** -S: send findings to Security Hub; --send-sh-only-fails; --skip-sh-update. */
  securityHub?: { onlyFails: boolean; skipUpdate: boolean };
  /** -O: a role (ARN) to assume for Organizations metadata: the account's name, email and Organization in the reports. */
  organizationsRole?: string;
  /** -B / -D: upload every output file to s3://bucket/prefix, with the scan's (or the original) credentials. */
  outputBucket?: { url: string; originalCredentials: boolean; owner?: string };
  /** --resource-tag / --resource-arn: report only findings about these resources. */
  resourceFilter?: (finding: Finding) => boolean;
  /** --unix-timestamp: timestamps in the reports as seconds since the epoch. */
  unixTimestamp?: boolean;
  /** Where the inventory comes from, for the lines printed before scanning ("the built-in demo account"). */
  sourceLabel?: string;
  /** Print what is being scanned before collecting (default true). */
  printScope?: boolean;
  /** Where warnings (and, with --log-level, debug and info messages) go; default: warnings to stderr. */
  log?: Log;
}

export interface ScanResult {
  exitCode: number;
  counts: Record<Status | 'MUTED', number>;
  files: string[];
  inventory: Inventory;
  apiCalls: number;
  /** How many distinct requests were made more than once: repeated.length. */
  duplicateRequests: number;
  /** Prowler 2's score: unmuted PASS x 100 / (unmuted PASS + FAIL); undefined without verdicts. */
  score?: number;
  /** The requests that were made more than once (with --trackRequests), for benchmarks. */
  repeated: string[];
  durationMs: number;
}

const stamp = (d: Date) => d.toISOString().replace(/[-:T]/g, '').slice(0, 14);

export async function runScan(opts: ScanOptions, out: NodeJS.WriteStream = process.stdout, err: NodeJS.WriteStream = process.stderr): Promise<ScanResult> {
  const started = Date.now();
  let inventory: Inventory;
  let collected: CollectAccountResult | undefined;
  let identity: Identity | undefined;
  const needsCredentials = Boolean(opts.securityHub || opts.outputBucket);
  const warn = (w: string) => (opts.log ? opts.log.warn(w) : err.write(pc.yellow(`warning: ${w}\n`)));
  const modes = opts.securityHub && !opts.outputModes.includes('json-asff') ? [...opts.outputModes, 'json-asff' as const] : opts.outputModes;
  // Every mode but text (the console) writes a file, and then the requirement-level CSVs go with them.
  const fileModes = modes.filter((m) => m !== 'text');
  // The output folder is created and proven writable before anything is collected, not after.
  if (fileModes.length) await prepareOutputDirectory(opts.outputDirectory);
  const shownFrameworks = (opts.frameworks.length ? opts.frameworks : [LATEST_CIS]).map((id) => getFramework(id)!);
  const scope = (account: { accountId: string; alias?: string; identityArn: string }, regions: string[], method?: string, source?: string) => {
    if (opts.printScope === false) return;
    const frameworks = shownFrameworks.map((f) => `${f.name.replace(/^CIS Amazon Web Services Foundations Benchmark$/, 'CIS')} ${f.version}`);
    out.write(`${describeScope({ ...account, method, regions, checks: opts.checks.length, frameworks, source })}\n\n`);
  };
  const identify = async (region: string): Promise<Identity> => {
    const { profile, role, externalId, sessionDuration, roleSessionName, mfa, prompt } = opts;
    const id = await resolveIdentity({ profile, role, externalId, sessionDuration, roleSessionName, mfa, prompt, region });
    id.warnings.forEach(warn);
    return id;
  };

  if (opts.fromInventory) {
    try {
      inventory = await Inventory.load(opts.fromInventory);
    } catch (e) {
      throw new UserError((e as Error).message, EXIT.usage);
    }
    // -f/--excluded-region re-evaluate part of a saved scan: the regional facts of the other regions are left out.
    narrowInventory(inventory, opts.regions, opts.excludedRegions);
    scope(inventory.meta.account, inventory.meta.regions, undefined, opts.sourceLabel ?? `the saved inventory ${opts.fromInventory}`);
    if (needsCredentials) {
      identity = await identify(inventory.meta.homeRegion);
      if (opts.securityHub && identity.accountId !== inventory.meta.account.accountId) {
        throw new UserError(`-S sends findings of account ${inventory.meta.account.accountId}, but the credentials are for ${identity.accountId}`, EXIT.usage);
      }
    }
  } else {
    const homeGuess = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
    const id = (identity = await identify(homeGuess));
    const progress = createProgress(err, opts.progress);
    collected = await collectAccount({
      checks: opts.checks,
      config: opts.config,
      credentials: id.credentials,
      account: { accountId: id.accountId, partition: id.partition, identityArn: id.arn },
      regions: opts.regions,
      excludedRegions: opts.excludedRegions,
      maxAttempts: opts.maxAttempts,
      trackRequests: opts.trackRequests,
      callTimeoutMs: opts.timeoutSeconds !== undefined ? opts.timeoutSeconds * 1000 : undefined,
      scanTimeoutMs: opts.scanTimeoutSeconds !== undefined ? opts.scanTimeoutSeconds * 1000 : undefined,
      onWarning: warn,
      onProgress: (e) => {
        if (e.type === 'collect-start') {
          scope(e.account, e.regions, id.method);
          progress.start({ services: e.services, regions: e.regions.length });
        } else if (e.type === 'fact-done') {
          progress.tick(e.apiCalls, e.service);
          opts.log?.debug(`${e.fact} in ${e.region}: ${e.ok ? 'read' : e.error} (${e.apiCalls} API calls so far)`);
        } else if (e.type === 'collect-done') progress.stop({ calls: e.apiCalls, seconds: (Date.now() - started) / 1000, unreadable: e.errors });
      },
    });
    inventory = collected.inventory;
  }
  if (opts.saveInventory) await saveInventory(inventory, opts.saveInventory);
  // Expired credentials, every call denied, or AWS unreachable for most calls: an incomplete scan, said everywhere.
  const verdict = judgeCalls(inventory.meta.calls);
  if (verdict.problem) err.write(pc.red(`prowl: ${verdict.problem}\n`));

  const checkById = new Map([...opts.checks, SCAN_COMPLETENESS_CHECK].map((c) => [c.id, c]));
  const summary = new Summary(shownFrameworks, checkById, { implemented: opts.implementedChecks });

  // Named by when this run started (a re-evaluated inventory or the demo too), never over an earlier report.
  const base = `${opts.outputFilename ?? (await outputBase(opts.outputDirectory, `prowl-output-${inventory.meta.account.accountId}-${stamp(new Date(started))}`, fileModes.map((m) => OUTPUT_EXTENSIONS[m])))}${verdict.problem ? INCOMPLETE_SUFFIX : ''}`;
  const orgDetails = opts.organizationsRole ? await organizationDetails(opts, inventory, warn) : undefined;
  const ctx: OutputContext = {
    account: orgDetails?.organizationId ? { ...inventory.meta.account, organizationId: orgDetails.organizationId } : inventory.meta.account,
    prowlVersion: VERSION,
    frameworks: shownFrameworks,
    authMethod: opts.fromInventory ? `saved inventory (collected as ${inventory.meta.account.identityArn})` : identity?.method ?? `identity: ${inventory.meta.account.identityArn}`,
    unixTimestamp: opts.unixTimestamp,
    accountName: orgDetails?.name ?? inventory.meta.account.alias,
    ...(orgDetails?.email ? { accountEmail: orgDetails.email } : {}),
    scanStartedAt: inventory.meta.startedAt,
    scanFinishedAt: inventory.meta.finishedAt,
    durationMs: Date.parse(inventory.meta.finishedAt) - Date.parse(inventory.meta.startedAt),
    regions: inventory.meta.regions,
    // One verdict per requirement for every output: the summary's tracker sees every finding (before --status).
    compliance: summary.compliance,
    implementedChecks: opts.implementedChecks,
    checkTitle: (id) => checkById.get(id)?.title,
  };
  const writers = await createWriters(modes, join(opts.outputDirectory, base), ctx);
  // Requirement-level CSVs for the frameworks shown (--compliance, or the newest CIS) go with the file outputs.
  if (fileModes.length) writers.push(...createComplianceWriters(opts.outputDirectory, shownFrameworks, ctx, { base }));
  // Interrupted (Ctrl-C) before every report is complete: none is left behind looking complete.
  const closed = new Set<(typeof writers)[number]>();
  const forgetWriters = onInterrupt(async () => {
    for (const w of writers) if (!closed.has(w) && w.path !== '-') await (w.discard ? w.discard() : rm(w.path, { force: true }));
  });
  // Which checks ran cleanly where: Security Hub archiving never touches a check that could not evaluate.
  const evaluated = opts.securityHub
    ? new (await import('./integrations/securityhub.js')).EvaluatedChecks(opts.checks.map((c) => c.id), inventory.meta.regions)
    : undefined;

  const wanted = opts.quiet ? new Set<Status>(['FAIL']) : opts.statuses?.length ? new Set(opts.statuses) : undefined;
  const { counts, unmutedFails, score } = await evaluateInventory(inventory, {
    checks: opts.checks,
    // The frameworks shown are in scope: they decide which parameter variants run (CIS 7.0 by default).
    frameworks: shownFrameworks.map((f) => f.id),
    config: opts.config,
    muter: opts.muter,
    filter: opts.resourceFilter,
    // Findings outside --resource-tag/--resource-arn still hold: -S must not archive them in Security Hub.
    onFilteredOut: evaluated ? (finding) => evaluated.observe(finding) : undefined,
    onWarning: warn,
    onFinding: async (finding, check) => {
      summary.add(finding);
      evaluated?.observe(finding);
      if (wanted && !wanted.has(finding.status)) return;
      if (opts.verbose) out.write(`${formatFindingLine(finding, check)}\n`);
      for (const w of writers) await w.write(finding, check);
    },
  });
  const files: string[] = [];
  for (const w of writers) {
    await w.close();
    closed.add(w);
    if (w.path !== '-') files.push(w.path);
  }
  forgetWriters();
  out.write(`\n${summary.render()}\n`);
  if (verdict.problem) out.write(pc.red(`\nINCOMPLETE SCAN: ${verdict.problem}. The reports are partial: their names end in ${INCOMPLETE_SUFFIX} and each holds an ERROR finding ${SCAN_COMPLETENESS_CHECK.id} saying why.\n`));
  if (files.length) out.write(`\nDetailed results:\n${files.map((f) => `  ${f}`).join('\n')}\n`);

  if (opts.securityHub && identity && evaluated) {
    const { createSecurityHubPool, sendToSecurityHub } = await import('./integrations/securityhub.js');
    const shPool = createSecurityHubPool(identity.credentials, { maxAttempts: opts.maxAttempts });
    try {
      const report = await sendToSecurityHub({
        pool: shPool,
        accountId: inventory.meta.account.accountId,
        regions: inventory.meta.regions,
        findings: `${join(opts.outputDirectory, base)}${OUTPUT_EXTENSIONS['json-asff']}`,
        onlyFails: opts.securityHub.onlyFails,
        skipUpdate: opts.securityHub.skipUpdate,
        checksEvaluated: evaluated.map,
        producedIds: evaluated.produced,
        onWarning: warn,
      });
      out.write(`Security Hub: ${report.sent === 1 ? '1 finding' : `${report.sent} findings`} sent, ${report.archived} archived, ${report.failed} rejected, ${report.skipped} skipped\n`);
    } finally {
      shPool.destroy();
    }
  }
  if (opts.outputBucket && identity) {
    const { createS3UploadPool, toS3Url, uploadOutputs } = await import('./integrations/s3-upload.js');
    const upPool = createS3UploadPool(opts.outputBucket.originalCredentials ? identity.baseCredentials : identity.credentials, { maxAttempts: opts.maxAttempts });
    try {
      const uploaded = await uploadOutputs(files, toS3Url(opts.outputBucket.url), upPool, {
        baseDir: opts.outputDirectory,
        region: inventory.meta.homeRegion,
        // The bucket must belong to the uploading account (or --output-bucket-owner): S3 refuses it otherwise.
        expectedBucketOwner: opts.outputBucket.owner ?? (opts.outputBucket.originalCredentials ? identity.baseAccountId : identity.accountId),
      });
      out.write(`Uploaded ${uploaded.length === 1 ? '1 file' : `${uploaded.length} files`} to ${toS3Url(opts.outputBucket.url)}\n`);
    } finally {
      upPool.destroy();
    }
  }
  const repeated = collected?.repeated ?? [];
  return {
    exitCode: verdict.exitCode ?? (unmutedFails > 0 && !opts.ignoreExitCode3 ? EXIT.fail : EXIT.ok),
    counts,
    score,
    files,
    inventory,
    apiCalls: collected?.apiCalls ?? 0,
    duplicateRequests: repeated.length,
    repeated,
    durationMs: Date.now() - started,
  };
}

/** -O: the scanned account's name, email and Organization, read with the Organizations role; a failure is a warning. */
async function organizationDetails(opts: ScanOptions, inventory: Inventory, warn: (w: string) => void) {
  const region = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  try {
    const id = await resolveIdentity({ profile: opts.profile, role: opts.organizationsRole, roleSessionName: opts.roleSessionName, region });
    id.warnings.forEach(warn);
    const { describeOrganizationAccount } = await import('./engine/organization.js');
    return await describeOrganizationAccount(id.credentials, inventory.meta.account.accountId, { partition: inventory.meta.account.partition, maxAttempts: opts.maxAttempts });
  } catch (e) {
    warn(`-O ${opts.organizationsRole}: no Organizations metadata for the reports (${(e as Error).message})`);
    return undefined;
  }
}

/** Write an inventory to a file (its directory created); a failure is a usage error naming the file. */
export async function saveInventory(inventory: Inventory, path: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    const forget = onInterrupt(() => rm(path, { force: true }));
    await inventory.save(path);
    forget();
  } catch (e) {
    throw new UserError(`cannot write the inventory to ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, EXIT.usage);
  }
}

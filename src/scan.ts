/**
 * One scan, end to end: select checks -> plan facts -> collect (or load an inventory) -> evaluate ->
 * stream findings to the outputs and the console summary.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pc from 'picocolors';
import { ClientPool } from './aws/client.js';
import { homeRegionFor, resolveIdentity, type CredentialOptions, type Identity } from './aws/credentials.js';
import { chooseRegions, narrowRegions } from './aws/regions.js';
import type { Check, Params } from './core/check.js';
import { collect, countUnits, planFacts } from './core/collect.js';
import { evaluate, type Muter } from './core/evaluate.js';
import { Inventory, INVENTORY_FORMAT } from './core/inventory.js';
import { describeCallError, type Status } from './core/types.js';
import { buildComplianceIndex, getFramework, LATEST_CIS } from './compliance/index.js';
import { createProgress } from './cli/progress.js';
import { EXIT, UserError } from './cli/errors.js';
import { createWriters, OUTPUT_EXTENSIONS, type OutputContext, type OutputMode } from './outputs/index.js';
import { createComplianceWriters } from './outputs/compliance-csv.js';
import { Summary, formatFindingLine } from './outputs/console.js';
import { VERSION } from './version.js';
import { resourceTags } from './services/tagging/collectors.js';

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
  /** Max attempts per AWS call (--aws-retries-max-attempts). */
  maxAttempts?: number;
  /** Record request signatures to detect repeated calls (benchmark). */
  trackRequests?: boolean;
  /** -S: send findings to Security Hub; --send-sh-only-fails; --skip-sh-update. */
  securityHub?: { onlyFails: boolean; skipUpdate: boolean };
  /** -B / -D: upload every output file to s3://bucket/prefix, with the scan's (or the original) credentials. */
  outputBucket?: { url: string; originalCredentials: boolean };
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
  const facts = planFacts(opts.checks.flatMap((c) => c.uses));
  let inventory: Inventory;
  let pool: ClientPool | undefined;
  let identity: Identity | undefined;
  const needsCredentials = Boolean(opts.securityHub || opts.outputBucket);
  const warn = (w: string) => err.write(pc.yellow(`warning: ${w}\n`));
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
    if (opts.regions?.length || opts.excludedRegions?.length) {
      const regions = narrowRegions(inventory.meta.regions, opts.regions, opts.excludedRegions, 'is not in the inventory');
      // Account-wide findings are reported in the home region, or in the first region scanned, as in a live scan.
      if (!regions.includes(inventory.meta.homeRegion)) inventory.meta.homeRegion = regions[0];
      inventory.meta.regions = regions;
    }
    if (needsCredentials) {
      identity = await identify(inventory.meta.homeRegion);
      if (opts.securityHub && identity.accountId !== inventory.meta.account.accountId) {
        throw new UserError(`-S sends findings of account ${inventory.meta.account.accountId}, but the credentials are for ${identity.accountId}`, EXIT.usage);
      }
    }
    const missing = facts.filter((f) => !inventory.has(f));
    if (missing.length) {
      warn(`the inventory lacks ${missing.length} fact(s) the selected checks need (${missing.slice(0, 5).map((f) => f.id).join(', ')}${missing.length > 5 ? ', ...' : ''}); those checks report ERROR`);
    }
  } else {
    const homeGuess = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
    identity = await identify(homeGuess);
    const homeRegion = homeRegionFor(identity.partition);
    pool = new ClientPool({ credentials: identity.credentials, maxAttempts: opts.maxAttempts, trackRequests: opts.trackRequests });
    const { regions, warnings } = await chooseRegions(pool, homeRegion, opts.regions, opts.excludedRegions);
    warnings.forEach(warn);
    const account = { accountId: identity.accountId, partition: identity.partition, identityArn: identity.arn };
    const progress = createProgress(err, opts.progress);
    // Resource tags are collected with every scan: the reports show them and the mutelist's Tags rules need them.
    const plan = planFacts([...facts, resourceTags]);
    progress.start(countUnits(plan, regions));
    try {
      inventory = await collect(plan, {
        pool,
        meta: {
          format: INVENTORY_FORMAT,
          prowlVersion: VERSION,
          account,
          homeRegion: regions.includes(homeRegion) ? homeRegion : regions[0],
          regions,
          startedAt: new Date(started).toISOString(),
        },
        onFactDone: () => progress.tick(pool!.stats.total),
      });
    } finally {
      pool.destroy();
    }
    const errors = Object.values(inventory.facts).flatMap((byRegion) => Object.values(byRegion)).filter((r) => !r.ok).length;
    progress.stop(
      `Collected ${facts.length} facts in ${regions.length} region(s) with ${pool.stats.total} API calls in ${((Date.now() - started) / 1000).toFixed(1)}s` +
        (errors ? pc.yellow(` (${errors} could not be read: their checks report ERROR)`) : ''),
    );
  }
  if (opts.saveInventory) {
    try {
      await mkdir(dirname(opts.saveInventory), { recursive: true });
      await inventory.save(opts.saveInventory);
    } catch (e) {
      throw new UserError(`cannot write the inventory to ${opts.saveInventory}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, EXIT.usage);
    }
  }

  const resourceTagsOf = tagLookup(inventory, warn);
  const compliance = buildComplianceIndex();
  const shownFrameworks = (opts.frameworks.length ? opts.frameworks : [LATEST_CIS]).map((id) => getFramework(id)!);
  const checkById = new Map(opts.checks.map((c) => [c.id, c]));
  const summary = new Summary(shownFrameworks, checkById, { implemented: opts.implementedChecks });

  const base = opts.outputFilename ?? `prowl-output-${inventory.meta.account.accountId}-${stamp(new Date(inventory.meta.startedAt))}`;
  const modes = opts.securityHub && !opts.outputModes.includes('json-asff') ? [...opts.outputModes, 'json-asff' as const] : opts.outputModes;
  // Every mode but text (the console) writes a file, and then the requirement-level CSVs go with them.
  const fileModes = modes.filter((m) => m !== 'text');
  if (fileModes.length) {
    await mkdir(join(opts.outputDirectory, 'compliance'), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`cannot create the output directory ${opts.outputDirectory}: ${e.code ?? e.message}`, EXIT.usage);
    });
  }
  const ctx: OutputContext = {
    account: inventory.meta.account,
    prowlVersion: VERSION,
    frameworks: shownFrameworks,
    authMethod: `identity: ${inventory.meta.account.identityArn}`,
    accountName: inventory.meta.account.alias,
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
  // Which checks ran cleanly where: Security Hub archiving never touches a check that could not evaluate.
  const evaluated = opts.securityHub
    ? new (await import('./integrations/securityhub.js')).EvaluatedChecks(opts.checks.map((c) => c.id), inventory.meta.regions)
    : undefined;

  const wanted = opts.quiet ? new Set<Status>(['FAIL']) : opts.statuses?.length ? new Set(opts.statuses) : undefined;
  const counts: Record<Status | 'MUTED', number> = { PASS: 0, FAIL: 0, MANUAL: 0, ERROR: 0, MUTED: 0 };
  let unmutedFails = 0;
  let unmutedPasses = 0;
  for (const finding of evaluate(opts.checks, inventory, { config: opts.config, compliance, frameworksInScope: shownFrameworks.map((f) => f.id), muter: opts.muter, resourceTags: resourceTagsOf })) {
    const check = checkById.get(finding.checkId)!;
    counts[finding.status]++;
    if (finding.muted) counts.MUTED++;
    else if (finding.status === 'FAIL') unmutedFails++;
    else if (finding.status === 'PASS') unmutedPasses++;
    summary.add(finding);
    evaluated?.observe(finding);
    if (wanted && !wanted.has(finding.status)) continue;
    if (opts.verbose) out.write(`${formatFindingLine(finding, check)}\n`);
    for (const w of writers) await w.write(finding, check);
  }
  const files: string[] = [];
  for (const w of writers) {
    await w.close();
    if (w.path !== '-') files.push(w.path);
  }
  out.write(`\n${summary.render()}\n`);
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
        onWarning: warn,
      });
      out.write(`Security Hub: ${report.sent} finding(s) sent, ${report.archived} archived, ${report.failed} rejected, ${report.skipped} skipped\n`);
    } finally {
      shPool.destroy();
    }
  }
  if (opts.outputBucket && identity) {
    const { createS3UploadPool, toS3Url, uploadOutputs } = await import('./integrations/s3-upload.js');
    const upPool = createS3UploadPool(opts.outputBucket.originalCredentials ? identity.baseCredentials : identity.credentials, { maxAttempts: opts.maxAttempts });
    try {
      const uploaded = await uploadOutputs(files, toS3Url(opts.outputBucket.url), upPool, { baseDir: opts.outputDirectory, region: inventory.meta.homeRegion });
      out.write(`Uploaded ${uploaded.length} file(s) to ${toS3Url(opts.outputBucket.url)}\n`);
    } finally {
      upPool.destroy();
    }
  }
  const repeated = pool ? [...pool.stats.byRequest].filter(([, n]) => n > 1).map(([k, n]) => `${n}x ${k.slice(0, 200)}`) : [];
  return {
    exitCode: unmutedFails > 0 && !opts.ignoreExitCode3 ? EXIT.fail : EXIT.ok,
    counts,
    score: unmutedPasses + unmutedFails ? (unmutedPasses * 100) / (unmutedPasses + unmutedFails) : undefined,
    files,
    inventory,
    apiCalls: pool?.stats.total ?? 0,
    duplicateRequests: repeated.length,
    repeated,
    durationMs: Date.now() - started,
  };
}

/**
 * Tags by resource ARN from the inventory's Resource Groups Tagging answers (an inventory saved before
 * prowl collected them has none). A region whose tags could not be read is said once.
 */
function tagLookup(inventory: Inventory, warn: (w: string) => void): ((arn: string) => Record<string, string> | undefined) | undefined {
  if (!inventory.has(resourceTags)) return undefined;
  const byArn = new Map<string, Record<string, string>>();
  const unread: string[] = [];
  for (const region of inventory.meta.regions) {
    const r = inventory.get(resourceTags, region);
    if (r.ok) for (const [arn, tags] of Object.entries(r.data)) byArn.set(arn, tags);
    else unread.push(`${region}: ${describeCallError(r.error)}`);
  }
  if (unread.length) {
    warn(`resource tags could not be read (${unread.join('; ')}); findings there show only the tags their own service returns, and mutelist Tags rules may not match them`);
  }
  return (arn) => byArn.get(arn);
}

/**
 * The `prowl` command. `prowl aws [options]` scans one AWS account; listing options print the catalogue
 * and exit without touching AWS. Flags follow Prowler 5 (and Prowler 2 where it had its own: -g, -E).
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import pc from 'picocolors';
import { loadBuiltinChecks, loadCustomChecks, makeCatalogue } from '../registry.js';
import { select } from '../core/select.js';
import { STATUSES, type Status } from '../core/types.js';
import { loadConfig } from '../config.js';
import { loadMutelist } from '../mutelist/index.js';
import { runScan } from '../scan.js';
import { runAccountsScan } from '../scan-accounts.js';
import { EXIT, UserError } from './errors.js';
import { printListing, type Listing } from './listings.js';
import { OUTPUT_MODES, type OutputMode } from '../outputs/index.js';
import { PACKAGE_ROOT, VERSION } from '../version.js';
import { registerServiceCommands } from '../service/cli.js';
import { createLog, LOG_LEVELS, parseLogLevel } from './log.js';
import { resourceFilter } from './filters.js';

/** Accept both Prowler 5's space-separated lists and Prowler 2's comma-separated ones; repeatable. */
const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

const BANNER = String.raw`
                          _
  _ __  _ __ _____      _| |
 | '_ \| '__/ _ \ \ /\ / / |
 | |_) | | | (_) \ V  V /| |
 | .__/|_|  \___/ \_/\_/ |_|   v${VERSION}
 |_|     read-only AWS security posture scanner
`;

async function readChecksFile(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read checks file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, EXIT.usage);
  }
  // Prowler's JSON form {"aws": ["check_id", ...]}, or one id per line (# comments allowed).
  if (text.trimStart().startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as { aws?: unknown };
      if (Array.isArray(parsed.aws) && parsed.aws.every((x) => typeof x === 'string')) return parsed.aws as string[];
    } catch {
      /* fall through */
    }
    throw new UserError(`checks file ${path}: expected {"aws": ["check_id", ...]} or one check id per line`, EXIT.usage);
  }
  return text.split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter(Boolean).flatMap((l) => l.split(',').map((s) => s.trim()).filter(Boolean));
}

/** Account ids from a file: one per line or comma-separated, '#' comments. */
async function readAccountsFile(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read accounts file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, EXIT.usage);
  }
  return text.split(/\r?\n/).map((l) => l.replace(/#.*/, '')).flatMap((l) => l.split(/[,\s]+/)).filter(Boolean);
}

/** A whole number as typed ("3600"), NaN for anything else ("3600s", "1e3"), which validation then refuses. */
const wholeNumber = (v: string): number => (/^\d+$/.test(v.trim()) ? Number(v) : NaN);

export function buildProgram(result: { exitCode: number } = { exitCode: 0 }): Command {
  const program = new Command('prowl')
    .description('Fast, read-only AWS security posture scanner (CIS AWS Foundations 1.2 to 7.0, Prowler-compatible)')
    .version(VERSION, '-v, --version', 'print the version')
    .showSuggestionAfterError(true)
    // Set before subcommands are added, so `aws` inherits them: usage errors become one line and exit code 2.
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `prowl: ${s.slice(6).trim().replace(/\s*\n+\s*/g, ' ')}\n` : s),
    });

  program
    .command('aws')
    .description('scan an AWS account (read-only API calls)')
    // credentials
    .option('-p, --profile <name>', 'AWS profile (shared config/credentials, SSO profiles too)')
    .option('-R, --role <arn>', 'IAM role to assume (ARN, or a role name in the current account)')
    .option('-I, --external-id <id>', 'external id for the role')
    .option('-T, --session-duration <seconds>', 'assumed-role session duration, 900-43200', wholeNumber)
    .option('--role-session-name <name>', 'session name for the assumed role', 'prowl-scan')
    .option('--mfa', 'ask for an MFA device ARN and code')
    // many accounts
    .option('--organization-role <name>', 'scan every ACTIVE account of the Organization by assuming this role in each (run from the management account or a delegated administrator; -I and -T apply to it)')
    .option('--accounts <ids...>', 'with --organization-role: scan these accounts instead of the whole Organization', list)
    .option('--accounts-file <file>', 'with --organization-role: scan the accounts listed in this file (one id per line, or comma-separated)')
    .option('--excluded-accounts <ids...>', 'with --organization-role: skip these accounts', list)
    .option('--organizational-unit <ou>', 'with --organization-role: scan the accounts of this OU and of every OU below it (ou-...)')
    .option('--account-concurrency <n>', 'accounts scanned at the same time (default 4)', wholeNumber)
    .option('--output-per-account', 'also write one set of reports per account, in <output directory>/<account id>/')
    .option('-O, --organizations-role <arn>', 'role to assume for AWS Organizations metadata (account names and emails in the reports)')
    // regions
    .option('-f, --region <regions...>', 'scan only these regions', list)
    .addOption(new Option('--filter-region <regions...>', 'alias of --region').argParser(list).hideHelp())
    .option('--excluded-region <regions...>', 'skip these regions', list)
    // selection
    .option('-c, --checks <ids...>', 'checks to run (Prowler 5 ids or Prowler 2 ids such as check11, extra72)', list)
    .addOption(new Option('--check <ids...>', 'alias of --checks').argParser(list).hideHelp())
    .option('-C, --checks-file <file>', 'file with check ids (JSON {"aws": [...]} or one per line)')
    .option('-s, --services [services...]', 'services to scan; alone (Prowler 2 habit), print the score at the end', list)
    .addOption(new Option('--service <services...>', 'alias of --services').argParser(list).hideHelp())
    .option('--severity <severities...>', 'only checks of these severities', list)
    .option('--compliance <frameworks...>', 'checks of these frameworks (cis_1.2_aws ... cis_7.0_aws)', list)
    .option('--category <categories...>', 'checks of these categories', list)
    .addOption(new Option('--categories <categories...>', 'alias of --category').argParser(list).hideHelp())
    .option('-g, --group <groups...>', 'Prowler 2 groups (group1..group4, cislevel1, cislevel2, ...)', list)
    .option('-e, --excluded-checks <ids...>', 'checks to skip', list)
    .addOption(new Option('--excluded-check <ids...>', 'alias of --excluded-checks').argParser(list).hideHelp())
    .addOption(new Option('-E, --exclude-checks <ids...>', 'checks to skip (Prowler 2 spelling)').argParser(list).hideHelp())
    .option('--excluded-services <services...>', 'services to skip', list)
    .addOption(new Option('--excluded-service <services...>', 'alias of --excluded-services').argParser(list).hideHelp())
    .option('--resource-tag <Key=Value...>', 'report only resources with one of these tags', list)
    .addOption(new Option('--resource-tags <Key=Value...>', 'alias of --resource-tag').argParser(list).hideHelp())
    .option('--resource-arn <arns...>', 'report only these resources', list)
    .addOption(new Option('--resource-arns <arns...>', 'alias of --resource-arn').argParser(list).hideHelp())
    .option('--scan-unused-services', 'also judge resources of services not in use (checks that skip them by default)')
    .option('-x, --checks-folder <dir>', 'load custom checks (.ts/.js) from this folder only; they are code and run with the scan\'s AWS credentials: load only checks you trust')
    .option('--config-file <file>', 'YAML file overriding check parameters')
    .option('-w, --mutelist-file <file>', 'mutelist (Prowler YAML, or Prowler 2 account:check:resource lines)')
    .addOption(new Option('--allowlist-file <file>', 'alias of --mutelist-file').hideHelp())
    // listings
    .option('-l, --list-checks', 'list the checks that would run, and exit')
    .option('--list-checks-json', 'list check ids as JSON, and exit')
    .option('--list-services', 'list services, and exit')
    .option('--list-compliance', 'list compliance frameworks, and exit')
    .option('--list-compliance-requirements <frameworks...>', 'list a framework\'s requirements and their checks, and exit', list)
    .option('--list-categories', 'list check categories, and exit')
    .option('-L, --list-groups', 'list Prowler 2 groups, and exit')
    // inventory
    .option('--save-inventory <file>', 'write what was collected (with call errors) to a JSON file')
    .option('--from-inventory <file>', 'evaluate a saved inventory instead of calling AWS')
    .option('--demo', 'scan the built-in demo account (no AWS credentials needed)')
    .option('-i, --quick-inventory', 'count the resources per service and region (Resource Groups Tagging API) and write them to a CSV, then exit')
    // outputs
    .option('-M, --output-formats <formats...>', `output formats: ${OUTPUT_MODES.join(', ')}`, list)
    .addOption(new Option('--output-modes <modes...>', 'alias of --output-formats').argParser(list).hideHelp())
    .option('-o, --output-directory <dir>', 'where to write reports', 'output')
    .option('-F, --output-filename <name>', 'report file name without extension')
    .option('--status <statuses...>', `only report findings with these statuses (${STATUSES.join(', ')})`, list)
    .option('-q, --quiet', 'only report FAIL findings')
    .option('-b, --no-banner', 'do not print the banner')
    .option('--verbose', 'print every finding as it is evaluated')
    .option('--no-progress', 'no progress bar or progress lines')
    .option('--no-color', 'no colours in the console')
    .option('--unix-timestamp', 'timestamps in the reports as seconds since the epoch instead of ISO 8601')
    .option('--log-level <level>', `log messages from this level up: ${LOG_LEVELS.join(', ')} (default WARNING)`)
    .option('--log-file <file>', 'also write the log messages to this file (one JSON object per line)')
    .option('--only-logs', 'print only log messages (no banner, progress, findings or summary)')
    .option('-z, --ignore-exit-code-3', 'exit 0 even when there are FAIL findings')
    .option('-S, --security-hub', 'send findings to AWS Security Hub (BatchImportFindings) and archive the ones this scan no longer produces')
    .option('--send-sh-only-fails', 'with -S, send only FAIL findings')
    .option('--skip-sh-update', 'with -S, do not archive earlier findings')
    .option('-B, --output-bucket <s3url>', 'upload every output file to s3://bucket/prefix with the scan credentials')
    .option('-D, --output-bucket-no-assume <s3url>', 'upload every output file with the original credentials (not the assumed role)')
    .option('--output-bucket-owner <account-id>', 'with -B/-D, the account that must own the bucket (default: the uploading account)')
    .option('--timeout <seconds>', 'longest one AWS call may take, retries included; then its checks report ERROR "timed out" (default 120)', wholeNumber)
    .option('--scan-timeout <seconds>', 'longest the whole scan may take; then the remaining checks report ERROR "timed out" and the scan ends (default 14400)', wholeNumber)
    .option('--aws-retries-max-attempts <n>', 'attempts per AWS call, including the first', wholeNumber)
    .action(async (o) => {
      result.exitCode = await awsCommand(o as AwsOptions);
    });
  registerServiceCommands(program as never, result);
  return program;
}

type AwsOptions = {
  profile?: string; role?: string; externalId?: string; sessionDuration?: number; roleSessionName?: string; mfa?: boolean;
  organizationRole?: string; accounts?: string[]; accountsFile?: string; excludedAccounts?: string[]; organizationalUnit?: string;
  accountConcurrency?: number; outputPerAccount?: boolean; organizationsRole?: string;
  region?: string[]; filterRegion?: string[]; excludedRegion?: string[];
  checks?: string[]; checksFile?: string; services?: string[] | true; severity?: string[]; compliance?: string[]; category?: string[]; categories?: string[];
  group?: string[]; excludedChecks?: string[]; excludeChecks?: string[]; excludedServices?: string[]; checksFolder?: string;
  configFile?: string; mutelistFile?: string; allowlistFile?: string;
  listChecks?: boolean; listChecksJson?: boolean; listServices?: boolean; listCompliance?: boolean;
  listComplianceRequirements?: string[]; listCategories?: boolean; listGroups?: boolean;
  saveInventory?: string; fromInventory?: string; demo?: boolean;
  outputModes?: string[]; outputFormats?: string[]; outputDirectory: string;
  check?: string[]; service?: string[]; excludedCheck?: string[]; excludedService?: string[];
  resourceTag?: string[]; resourceTags?: string[]; resourceArn?: string[]; resourceArns?: string[]; scanUnusedServices?: boolean;
  quickInventory?: boolean; color?: boolean; unixTimestamp?: boolean; logLevel?: string; logFile?: string; onlyLogs?: boolean; outputFilename?: string; status?: string[]; quiet?: boolean;
  banner: boolean; verbose?: boolean; progress: boolean; ignoreExitCode3?: boolean; awsRetriesMaxAttempts?: number;
  securityHub?: boolean; sendShOnlyFails?: boolean; skipShUpdate?: boolean; outputBucket?: string; outputBucketNoAssume?: string; outputBucketOwner?: string;
  timeout?: number; scanTimeout?: number;
};

async function awsCommand(o: AwsOptions): Promise<number> {
  const log = createLog({ level: parseLogLevel(o.logLevel ?? (o.onlyLogs ? 'INFO' : undefined)), file: o.logFile, stream: o.onlyLogs ? process.stdout : process.stderr });
  // --only-logs: the console shows the log lines only.
  const out: NodeJS.WriteStream = o.onlyLogs ? nullStream() : process.stdout;
  if (o.onlyLogs) {
    o.banner = false;
    o.progress = false;
  }
  const services = o.services === true ? (o.service ? o.service : true) : o.services || o.service ? [...(o.services ?? []), ...(o.service ?? [])] : undefined;
  const checks = await loadBuiltinChecks();
  const custom = o.checksFolder ? await loadCustomChecks(o.checksFolder) : [];
  const catalogue = makeCatalogue([...checks, ...custom]);

  const listing: Listing | undefined = o.listChecks ? 'checks' : o.listChecksJson ? 'checks-json' : o.listServices ? 'services'
    : o.listCompliance ? 'compliance' : o.listComplianceRequirements ? 'requirements' : o.listCategories ? 'categories' : o.listGroups ? 'groups' : undefined;

  if (o.sessionDuration !== undefined && (!Number.isInteger(o.sessionDuration) || o.sessionDuration < 900 || o.sessionDuration > 43200)) {
    throw new UserError('-T/--session-duration must be a number of seconds between 900 and 43200', EXIT.usage);
  }
  if (o.awsRetriesMaxAttempts !== undefined && !(Number.isInteger(o.awsRetriesMaxAttempts) && o.awsRetriesMaxAttempts >= 1)) {
    throw new UserError('--aws-retries-max-attempts must be a whole number of attempts, 1 or more', EXIT.usage);
  }
  const fromInventoryDir = o.fromInventory ? await stat(o.fromInventory).then((st) => st.isDirectory(), () => false) : false;
  const multi = Boolean(o.organizationRole) || fromInventoryDir;
  if (o.timeout !== undefined && !(Number.isInteger(o.timeout) && o.timeout >= 1 && o.timeout <= 3600)) {
    throw new UserError('--timeout must be a whole number of seconds between 1 and 3600', EXIT.usage);
  }
  if (o.scanTimeout !== undefined && !(Number.isInteger(o.scanTimeout) && o.scanTimeout >= 10 && o.scanTimeout <= 7 * 86400)) {
    throw new UserError('--scan-timeout must be a whole number of seconds between 10 and 604800 (a week)', EXIT.usage);
  }
  if (o.externalId && !o.role && !o.organizationRole) throw new UserError('-I/--external-id needs -R/--role or --organization-role', EXIT.usage);
  for (const [flag, set] of [['--accounts', o.accounts], ['--accounts-file', o.accountsFile], ['--excluded-accounts', o.excludedAccounts], ['--organizational-unit', o.organizationalUnit], ['--account-concurrency', o.accountConcurrency]] as const) {
    if (set !== undefined && !o.organizationRole) throw new UserError(`${flag} needs --organization-role`, EXIT.usage);
  }
  if (o.outputPerAccount && !multi) throw new UserError('--output-per-account needs --organization-role (or --from-inventory with a directory of inventories)', EXIT.usage);
  if (o.organizationRole && !/^[\w+=,.@/-]{1,512}$/.test(o.organizationRole)) throw new UserError(`--organization-role takes a role name (or path/name), not ${o.organizationRole}`, EXIT.usage);
  if (o.organizationalUnit && !/^(ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}|r-[0-9a-z]{4,32})$/.test(o.organizationalUnit)) throw new UserError(`--organizational-unit takes an OU id (ou-...) or a root id (r-...), not ${o.organizationalUnit}`, EXIT.usage);
  if (o.accountConcurrency !== undefined && !(Number.isInteger(o.accountConcurrency) && o.accountConcurrency >= 1 && o.accountConcurrency <= 64)) {
    throw new UserError('--account-concurrency must be a whole number from 1 to 64', EXIT.usage);
  }
  if (o.organizationRole && o.fromInventory) throw new UserError('--organization-role and --from-inventory cannot be combined (re-evaluate a directory of inventories with --from-inventory alone)', EXIT.usage);
  if (multi && !o.organizationRole && (o.securityHub || o.outputBucket || o.outputBucketNoAssume)) {
    throw new UserError('-S, -B and -D need a live scan: re-evaluating a directory of inventories has no credentials to send or upload with', EXIT.usage);
  }
  const accountIds = [...(o.accounts ?? []), ...(o.accountsFile ? await readAccountsFile(o.accountsFile) : [])];
  for (const id of [...accountIds, ...(o.excludedAccounts ?? [])]) {
    if (!/^\d{12}$/.test(id)) throw new UserError(`${id} is not an AWS account id (12 digits)`, EXIT.usage);
  }
  if (o.demo && o.fromInventory) throw new UserError('--demo and --from-inventory cannot be combined', EXIT.usage);
  if ((o.sendShOnlyFails || o.skipShUpdate) && !o.securityHub) throw new UserError('--send-sh-only-fails and --skip-sh-update need -S/--security-hub', EXIT.usage);
  if (o.outputBucket && o.outputBucketNoAssume) throw new UserError('use -B or -D, not both', EXIT.usage);
  if (o.outputBucketOwner !== undefined && (!/^\d{12}$/.test(o.outputBucketOwner) || !(o.outputBucket || o.outputBucketNoAssume))) {
    throw new UserError('--output-bucket-owner takes a 12-digit AWS account id and needs -B or -D', EXIT.usage);
  }
  if (o.demo && (o.securityHub || o.outputBucket || o.outputBucketNoAssume)) throw new UserError('the demo account cannot be sent to Security Hub or uploaded', EXIT.usage);
  const checkNames = [...(o.checks ?? []), ...(o.check ?? []), ...(o.checksFile ? await readChecksFile(o.checksFile) : [])];
  const selected = select(catalogue, {
    checks: checkNames.length ? checkNames : undefined,
    groups: o.group,
    services: services === true ? undefined : services,
    severities: o.severity,
    compliance: o.compliance,
    categories: [...(o.category ?? []), ...(o.categories ?? [])],
    excludedChecks: [...(o.excludedChecks ?? []), ...(o.excludeChecks ?? []), ...(o.excludedCheck ?? [])],
    excludedServices: [...(o.excludedServices ?? []), ...(o.excludedService ?? [])],
  });
  // Before a listing too: `-g gdpr -l` says which of the group's checks prowl does not have yet.
  for (const w of selected.warnings) log.warn(w);
  if (listing) {
    printListing(listing, out, catalogue, selected.checks, o.listComplianceRequirements ?? []);
    return EXIT.ok;
  }
  if (selected.checks.length === 0) throw new UserError('no check selected (the filters exclude every check)', EXIT.usage);

  const requestedModes = o.outputFormats || o.outputModes ? [...(o.outputFormats ?? []), ...(o.outputModes ?? [])] : undefined;
  const modes = (requestedModes ?? ['csv', 'json-ocsf', 'html']).map((m) => {
    if (!(OUTPUT_MODES as readonly string[]).includes(m)) throw new UserError(`unknown output mode ${m} (use ${OUTPUT_MODES.join(', ')})`, EXIT.usage);
    return m as OutputMode;
  });
  const statuses = (o.status ?? []).map((s) => {
    const v = s.toUpperCase();
    if (!(STATUSES as readonly string[]).includes(v)) throw new UserError(`unknown status ${s} (use ${STATUSES.join(', ')})`, EXIT.usage);
    return v as Status;
  });
  const bucketUrl = o.outputBucket ?? o.outputBucketNoAssume;
  if (bucketUrl) {
    if (modes.every((m) => m === 'text')) throw new UserError('-B/-D need at least one file output mode', EXIT.usage);
    const { parseS3Url, toS3Url } = await import('../integrations/s3-upload.js');
    parseS3Url(toS3Url(bucketUrl)); // a bad URL is a usage error before the scan, not after it
  }
  const loaded = o.configFile ? await loadConfig(o.configFile, catalogue.checks) : { params: {}, warnings: [] };
  for (const w of loaded.warnings) log.warn(w);
  const config = loaded.params;
  // --scan-unused-services: every check with that boolean parameter judges resources not in use too.
  if (o.scanUnusedServices) {
    for (const c of selected.checks) if (typeof c.params?.scan_unused_services === 'boolean') (config[c.id] ??= {}).scan_unused_services = true;
  }
  const filter = resourceFilter([...(o.resourceTag ?? []), ...(o.resourceTags ?? [])], [...(o.resourceArn ?? []), ...(o.resourceArns ?? [])]);
  const mutelistPath = o.mutelistFile ?? o.allowlistFile;
  // A malformed mutelist throws MutelistError, a UserError (exit code 2).
  const muter = mutelistPath ? await loadMutelist(mutelistPath) : undefined;
  if (o.banner && !o.quiet) out.write(pc.cyan(BANNER) + '\n');
  const fromInventory = o.demo ? fileURLToPath(new URL('demo/inventory.json', PACKAGE_ROOT)) : o.fromInventory;
  const regions = o.region || o.filterRegion ? [...(o.region ?? []), ...(o.filterRegion ?? [])] : undefined;
  if (o.quickInventory) {
    if (fromInventory) throw new UserError('-i/--quick-inventory asks AWS: it cannot be combined with --demo or --from-inventory', EXIT.usage);
    const { quickInventory } = await import('./quick-inventory.js');
    return quickInventory({
      profile: o.profile, role: o.role, externalId: o.externalId, sessionDuration: o.sessionDuration, roleSessionName: o.roleSessionName, mfa: o.mfa,
      regions: o.region || o.filterRegion ? [...(o.region ?? []), ...(o.filterRegion ?? [])] : undefined,
      excludedRegions: o.excludedRegion, outputDirectory: o.outputDirectory, outputFilename: o.outputFilename, maxAttempts: o.awsRetriesMaxAttempts,
    }, out, log);
  }
  if (multi) {
    const run = await runAccountsScan({
      checks: selected.checks,
      frameworks: selected.frameworks,
      config,
      muter,
      profile: o.profile,
      baseRole: o.role,
      organizationRole: o.organizationRole,
      organizationsRole: o.organizationsRole,
      externalId: o.externalId,
      sessionDuration: o.sessionDuration,
      roleSessionName: o.roleSessionName,
      mfa: o.mfa,
      accounts: accountIds.length ? [...new Set(accountIds)] : undefined,
      excludedAccounts: o.excludedAccounts,
      organizationalUnit: o.organizationalUnit,
      accountConcurrency: o.accountConcurrency,
      fromInventoryDir: fromInventoryDir ? o.fromInventory : undefined,
      saveInventoryDir: o.saveInventory,
      regions,
      excludedRegions: o.excludedRegion,
      outputModes: modes,
      outputDirectory: o.outputDirectory,
      outputFilename: o.outputFilename,
      outputPerAccount: o.outputPerAccount,
      statuses,
      verbose: Boolean(o.verbose),
      quiet: Boolean(o.quiet),
      progress: o.progress,
      ignoreExitCode3: Boolean(o.ignoreExitCode3),
      maxAttempts: o.awsRetriesMaxAttempts,
      securityHub: o.securityHub ? { onlyFails: Boolean(o.sendShOnlyFails), skipUpdate: Boolean(o.skipShUpdate) } : undefined,
      outputBucket: bucketUrl ? { url: bucketUrl, originalCredentials: Boolean(o.outputBucketNoAssume), owner: o.outputBucketOwner } : undefined,
    });
    if (services === true) out.write(`Score: ${run.score === undefined ? 'n/a' : `${run.score.toFixed(1)}%`}\n`);
    return run.exitCode;
  }
  const result = await runScan({
    log,
    resourceFilter: filter,
    unixTimestamp: o.unixTimestamp,
    sourceLabel: o.demo ? 'the built-in demo account' : undefined,
    checks: selected.checks,
    frameworks: selected.frameworks,
    implementedChecks: catalogue.checks.map((c) => c.id),
    config,
    muter,
    profile: o.profile,
    role: o.role,
    externalId: o.externalId,
    sessionDuration: o.sessionDuration,
    roleSessionName: o.roleSessionName,
    mfa: o.mfa,
    regions,
    organizationsRole: o.organizationsRole,
    excludedRegions: o.excludedRegion,
    fromInventory,
    saveInventory: o.saveInventory,
    outputModes: modes,
    outputDirectory: o.outputDirectory,
    outputFilename: o.outputFilename,
    statuses,
    verbose: Boolean(o.verbose),
    quiet: Boolean(o.quiet),
    progress: o.progress,
    ignoreExitCode3: Boolean(o.ignoreExitCode3),
    maxAttempts: o.awsRetriesMaxAttempts,
    timeoutSeconds: o.timeout,
    scanTimeoutSeconds: o.scanTimeout,
    securityHub: o.securityHub ? { onlyFails: Boolean(o.sendShOnlyFails), skipUpdate: Boolean(o.skipShUpdate) } : undefined,
    outputBucket: bucketUrl ? { url: bucketUrl, originalCredentials: Boolean(o.outputBucketNoAssume), owner: o.outputBucketOwner } : undefined,
  }, out);
  if (services === true) out.write(`Score: ${result.score === undefined ? 'n/a' : `${result.score.toFixed(1)}%`}\n`);
  return result.exitCode;
}

/** A stream that discards what is written (stdout under --only-logs). */
function nullStream(): NodeJS.WriteStream {
  return Object.assign(Object.create(process.stdout) as NodeJS.WriteStream, { write: () => true, isTTY: false });
}

/**
 * `prowl -c check11` means `prowl aws -c check11`: AWS is the only provider, so options without a command
 * go to it (as Prowler 5 defaults to aws). --help and --version stay the program's own.
 */
export function withDefaultCommand(argv: string[]): string[] {
  const first = argv[0];
  if (first === undefined || !first.startsWith('-')) return argv;
  if (['-h', '--help', '-v', '--version', '-V'].includes(first)) return argv;
  return ['aws', ...argv];
}

export async function main(argv: string[]): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  argv = withDefaultCommand(argv);
  const result = { exitCode: EXIT.ok as number };
  const program = buildProgram(result);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed on one line.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UserError) {
      process.stderr.write(`prowl: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`prowl: internal error: ${(e as Error)?.stack ?? e}\n`);
    return EXIT.internal;
  }
}

/**
 * What prowl checks and says before it collects anything: the output folder can be written (a scan that
 * ran for twenty minutes must not fail at the end on a typo in -o), and what is about to be scanned
 * (account, alias, identity, regions, how many checks and frameworks), so a wrong profile or region
 * set is seen before any call is made.
 */
import { mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientPool } from '../aws/client.js';
import { EXIT, UserError } from './errors.js';

/** "1 check", "2 checks". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * Create the output folder (and its compliance/ folder) and prove it is writable with a probe file,
 * before the scan starts. A usage error (exit 2) names the folder and the reason.
 */
export async function prepareOutputDirectory(dir: string): Promise<void> {
  const fail = (e: unknown): never => {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'read-only file system' : code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way' : (code ?? (e as Error).message);
    throw new UserError(`cannot write reports to the output directory ${dir}: ${why} (checked before scanning; choose another with -o)`, EXIT.usage);
  };
  await mkdir(join(dir, 'compliance'), { recursive: true }).catch(fail);
  const probe = join(dir, `.prowl-write-test-${process.pid}`);
  try {
    const fh = await open(probe, 'wx');
    await fh.close();
  } catch (e) {
    fail(e);
  }
  await unlink(probe).catch(() => undefined);
}

/** The account's alias (IAM ListAccountAliases), or undefined when there is none or it cannot be read. */
export async function readAccountAlias(pool: ClientPool, region: string): Promise<string | undefined> {
  try {
    const { ListAccountAliasesCommand } = await import('@aws-sdk/client-iam');
    const iam = await pool.client('iam', region);
    const res = await iam.send(new ListAccountAliasesCommand({}));
    return res.AccountAliases?.[0] || undefined;
  } catch {
    return undefined;
  }
}

export interface ScanScope {
  accountId: string;
  alias?: string;
  identityArn: string;
  /** How prowl authenticated (profile, role, environment, SSO). */
  method?: string;
  regions: string[];
  checks: number;
  /** Framework names shown in the summary (e.g. "CIS 7.0"). */
  frameworks: string[];
  /** Where the data comes from when not from AWS (a saved inventory, the demo). */
  source?: string;
}

/** The lines printed before collecting: what is being scanned, as whom, where, with what. */
export function describeScope(s: ScanScope): string {
  const shown = s.regions.length > 8 ? `${s.regions.slice(0, 8).join(', ')}, ... (${s.regions.length - 8} more)` : s.regions.join(', ');
  return [
    `Scanning account ${s.accountId}${s.alias ? ` (${s.alias})` : ''}${s.source ? ` from ${s.source}` : ''}`,
    `  Identity:   ${s.identityArn}${s.method ? ` (${s.method})` : ''}`,
    `  Regions:    ${plural(s.regions.length, 'region')}: ${shown}`,
    `  Checks:     ${plural(s.checks, 'check')}; frameworks: ${s.frameworks.length ? s.frameworks.join(', ') : 'none'}`,
  ].join('\n');
}

/**
 * The reports' base name: `wanted`, or `wanted-2`, `-3`... when a report of that name is already in the
 * folder (two runs in the same second, the demo run twice), so no run overwrites another silently.
 */
export async function outputBase(dir: string, wanted: string, extensions: string[]): Promise<string> {
  const { access } = await import('node:fs/promises');
  const exists = (p: string) => access(p).then(() => true, () => false);
  for (let n = 1; ; n++) {
    const base = n === 1 ? wanted : `${wanted}-${n}`;
    const taken = await Promise.all(extensions.map((ext) => exists(join(dir, `${base}${ext}`))));
    if (!taken.some(Boolean)) return base;
  }
}

/**
 * -i / --quick-inventory (Prowler 5): how many resources of each service the account has in each region,
 * from the Resource Groups Tagging API (one paginated call per region: resources that are or were
 * tagged; IAM and never-tagged resources are not in it, as the table says). Prints a service x region
 * table and writes every ARN to `<output>/<base>.inventory.csv` (ACCOUNT_UID;REGION;SERVICE;RESOURCE_TYPE;
 * RESOURCE_ARN), then exits 0. No check runs.
 */
import { join } from 'node:path';
import Table from 'cli-table3';
import { ClientPool } from '../aws/client.js';
import { homeRegionFor, resolveIdentity, type CredentialOptions } from '../aws/credentials.js';
import { chooseRegions } from '../aws/regions.js';
import { collect } from '../core/collect.js';
import { INVENTORY_FORMAT } from '../core/inventory.js';
import { describeCallError } from '../core/types.js';
import { openCsv } from '../outputs/common.js';
import { taggedResourceArns } from '../services/tagging/collectors.js';
import { VERSION } from '../version.js';
import { EXIT } from './errors.js';
import type { Log } from './log.js';
import { outputBase, plural, prepareOutputDirectory, readAccountAlias, describeScope } from './preflight.js';

export interface QuickInventoryOptions extends Omit<CredentialOptions, 'region'> {
  regions?: string[];
  excludedRegions?: string[];
  outputDirectory: string;
  outputFilename?: string;
  maxAttempts?: number;
}

/** service and resource type of an ARN: arn:aws:ec2:r:a:security-group/sg-1 -> ec2, security-group. */
export function arnKind(arn: string): { service: string; type: string } {
  const [, , service = '', , , ...rest] = arn.split(':');
  const resource = rest.join(':');
  const type = resource.includes('/') ? resource.split('/')[0] : rest.length > 1 ? rest[0] : service === 's3' ? 'bucket' : resource;
  return { service, type };
}

/** Counts per service and region: the table printed by -i. */
export function countTable(rows: Array<{ region: string; service: string }>, regions: string[]): string {
  const counts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const byRegion = counts.get(r.service) ?? new Map<string, number>();
    byRegion.set(r.region, (byRegion.get(r.region) ?? 0) + 1);
    counts.set(r.service, byRegion);
  }
  const used = regions.filter((region) => rows.some((r) => r.region === region));
  const t = new Table({ head: ['Service', ...used, 'Total'], style: { head: [], border: [], compact: true } });
  for (const [service, byRegion] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    t.push([service, ...used.map((r) => String(byRegion.get(r) ?? 0)), String([...byRegion.values()].reduce((a, b) => a + b, 0))]);
  }
  t.push(['Total', ...used.map((r) => String(rows.filter((x) => x.region === r).length)), String(rows.length)]);
  return t.toString();
}

export async function quickInventory(opts: QuickInventoryOptions, out: NodeJS.WritableStream, log: Log): Promise<number> {
  const started = new Date();
  await prepareOutputDirectory(opts.outputDirectory);
  const homeGuess = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const { profile, role, externalId, sessionDuration, roleSessionName, mfa } = opts;
  const identity = await resolveIdentity({ profile, role, externalId, sessionDuration, roleSessionName, mfa, region: homeGuess });
  identity.warnings.forEach((w) => log.warn(w));
  const homeRegion = homeRegionFor(identity.partition);
  const pool = new ClientPool({ credentials: identity.credentials, maxAttempts: opts.maxAttempts });
  try {
    const { regions, warnings } = await chooseRegions(pool, homeRegion, opts.regions, opts.excludedRegions);
    warnings.forEach((w) => log.warn(w));
    const alias = await readAccountAlias(pool, homeRegion);
    out.write(`${describeScope({ accountId: identity.accountId, alias, identityArn: identity.arn, method: identity.method, regions, checks: 0, frameworks: [] }).replace(/\n.*Checks:.*$/m, '')}\n\nQuick inventory (Resource Groups Tagging API: resources that are or were tagged; IAM is not included)\n`);
    const inventory = await collect([taggedResourceArns], {
      pool,
      meta: {
        format: INVENTORY_FORMAT, prowlVersion: VERSION, homeRegion: regions.includes(homeRegion) ? homeRegion : regions[0], regions,
        account: { accountId: identity.accountId, partition: identity.partition, identityArn: identity.arn }, startedAt: started.toISOString(),
      },
    });
    const rows: Array<{ region: string; service: string; type: string; arn: string }> = [];
    for (const region of regions) {
      const r = inventory.get(taggedResourceArns, region);
      if (!r.ok) {
        log.warn(`${region}: ${describeCallError(r.error)}; its resources are not counted`);
        continue;
      }
      for (const arn of r.data) rows.push({ region, arn, ...arnKind(arn) });
    }
    out.write(`${countTable(rows, regions)}\n`);
    const stamp = started.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const base = opts.outputFilename ?? (await outputBase(opts.outputDirectory, `prowl-inventory-${identity.accountId}-${stamp}`, ['.inventory.csv']));
    const path = join(opts.outputDirectory, `${base}.inventory.csv`);
    const csv = openCsv(path, ['ACCOUNT_UID', 'REGION', 'SERVICE', 'RESOURCE_TYPE', 'RESOURCE_ARN']);
    for (const r of rows) await csv.write({ ACCOUNT_UID: identity.accountId, REGION: r.region, SERVICE: r.service, RESOURCE_TYPE: r.type, RESOURCE_ARN: r.arn });
    await csv.close();
    out.write(`\n${plural(rows.length, 'resource')} in ${plural(new Set(rows.map((r) => r.service)).size, 'service')}, ${plural(regions.length, 'region')} (${plural(pool.stats.total, 'API call')})\nInventory: ${path}\n`);
    return EXIT.ok;
  } finally {
    pool.destroy();
  }
}

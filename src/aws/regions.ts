/**
 * Regions to scan: those enabled for the account (DescribeRegions without AllRegions returns enabled and
 * opted-in regions only), narrowed by -f and --excluded-region.
 */
import type { ClientPool } from './client.js';
import { EXIT, UserError } from '../cli/errors.js';
import { didYouMean } from '../core/select.js';
import { toCallError } from './errors.js';

/** Regions enabled by default in every account, used only when DescribeRegions is denied. */
export const DEFAULT_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3',
  'eu-central-1', 'eu-north-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
  'ap-southeast-1', 'ap-southeast-2', 'sa-east-1',
];

export interface RegionChoice {
  regions: string[];
  warnings: string[];
}

export async function chooseRegions(
  pool: ClientPool,
  homeRegion: string,
  only: string[] | undefined,
  excluded: string[] | undefined,
): Promise<RegionChoice> {
  const warnings: string[] = [];
  let enabled: string[];
  try {
    const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
    const ec2 = await pool.client('ec2', homeRegion);
    const res = await ec2.send(new DescribeRegionsCommand({ AllRegions: false }));
    enabled = (res.Regions ?? []).map((r) => r.RegionName!).filter(Boolean).sort();
  } catch (err) {
    const e = toCallError('ec2:DescribeRegions', err);
    if (e.kind === 'Unreachable' || e.kind === 'Timeout') throw new UserError(`cannot list regions: AWS endpoint unreachable (${e.message})`, EXIT.runtime);
    warnings.push(`could not list enabled regions (${e.code}); assuming the ${only?.length ? 'requested' : 'default'} regions`);
    enabled = only?.length ? [...only] : [...DEFAULT_REGIONS];
  }
  return { regions: narrowRegions(enabled, only, excluded, 'is not enabled for this account'), warnings };
}

/**
 * The regions left of `available` after -f/--region and --excluded-region. A requested region that is not
 * available (`notAvailable` says why, e.g. "is not in the inventory") and an empty result are usage errors.
 */
export function narrowRegions(available: readonly string[], only: string[] | undefined, excluded: string[] | undefined, notAvailable: string): string[] {
  let regions = [...available];
  if (only?.length) {
    for (const r of only) if (!available.includes(r)) throw new UserError(`region ${r} ${notAvailable}${didYouMean(r, [...available])}`, EXIT.usage);
    regions = regions.filter((r) => only.includes(r));
  }
  if (excluded?.length) regions = regions.filter((r) => !excluded.includes(r));
  if (regions.length === 0) throw new UserError('no region left to scan after --region/--excluded-region', EXIT.usage);
  return regions;
}

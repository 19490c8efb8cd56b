/**
 * Regions to scan: those enabled for the account (DescribeRegions without AllRegions returns enabled and
 * opted-in regions only) in the identity's partition, narrowed by -f and --excluded-region.
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

/** Every region name of the commercial partition (opt-in ones too), to tell a typo from a region not enabled. */
export const KNOWN_REGIONS = [
  ...DEFAULT_REGIONS, 'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
  'ap-southeast-6', 'ap-southeast-7', 'ca-west-1', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1', 'me-central-1',
  'me-south-1', 'mx-central-1', 'us-gov-east-1', 'us-gov-west-1', 'cn-north-1', 'cn-northwest-1',
];

/** The partition a region belongs to, from its name. */
export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-isof-')) return 'aws-iso-f';
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  return 'aws';
}

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
    // Only the identity's partition (the home region's): its credentials are not valid in the others.
    const partition = partitionOfRegion(homeRegion);
    enabled = (res.Regions ?? []).map((r) => r.RegionName!).filter((r) => r && partitionOfRegion(r) === partition).sort();
  } catch (err) {
    const e = toCallError('ec2:DescribeRegions', err);
    if (e.kind === 'Unreachable' || e.kind === 'Timeout') throw new UserError(`cannot list regions: AWS endpoint unreachable (${e.message})`, EXIT.runtime);
    warnings.push(`could not list enabled regions (${e.code}); assuming the ${only?.length ? 'requested' : 'default'} regions`);
    enabled = only?.length ? [...only] : partitionOfRegion(homeRegion) === 'aws' ? [...DEFAULT_REGIONS] : [homeRegion];
  }
  const partition = partitionOfRegion(homeRegion);
  for (const r of only ?? []) {
    if (partitionOfRegion(r) !== partition) {
      throw new UserError(`region ${r} is in partition ${partitionOfRegion(r)}, but the credentials are for ${partition}: they cannot scan it`, EXIT.usage);
    }
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
  if (excluded?.length) {
    // A name that is neither available nor a region at all is a typo: excluding it would silently exclude nothing.
    for (const r of excluded) {
      if (!available.includes(r) && !KNOWN_REGIONS.includes(r)) {
        throw new UserError(`--excluded-region: unknown region ${r}${didYouMean(r, [...available, ...KNOWN_REGIONS])}`, EXIT.usage);
      }
    }
    regions = regions.filter((r) => !excluded.includes(r));
  }
  if (regions.length === 0) throw new UserError('no region left to scan after --region/--excluded-region', EXIT.usage);
  return regions;
}

/** What the EFS checks share: the file system as a resource, its label, and its access points. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { listed } from '../../lib/resource-policy.js';
import { accessPoints, fileSystems, type AccessPoint, type FileSystem } from './collectors.js';

export const fsResource = (f: FileSystem, region: string): ResourceRef => ({
  arn: f.arn,
  id: f.id,
  ...(f.name ? { name: f.name } : {}),
  region,
  tags: f.tags,
});

/** "EFS file system fs-1 (home)". */
export const fsLabel = (f: FileSystem): string => `EFS file system ${f.name ? `${f.id} (${f.name})` : f.id}`;

/** "fsap-1 (uploads)". */
export const apLabel = (a: AccessPoint): string => (a.name ? `${a.id} (${a.name})` : a.id);

/**
 * Every file system that has access points, with them. A region whose file systems or access points could
 * not be listed gets one ERROR for the account there, naming the call.
 */
export function eachFileSystemWithAccessPoints(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: EvalContext<any>,
  visit: (f: FileSystem, points: AccessPoint[], resource: ResourceRef) => void,
): void {
  const pointsByRegion = new Map(ctx.regional(accessPoints).map(({ region, result }) => [region, result]));
  for (const { region, result } of ctx.regional(fileSystems)) {
    const list = listed(ctx, region, result, 'EFS file systems');
    if (!list.length) continue;
    const points = listed(ctx, region, pointsByRegion.get(region)!, 'EFS access points');
    for (const f of list) {
      const mine = points.filter((a) => a.fileSystemId === f.id);
      if (mine.length) visit(f, mine, fsResource(f, region));
    }
  }
}

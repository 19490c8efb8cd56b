/** What the EFS checks share: file systems and access points as resources, and their labels. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { listed } from '../../lib/resource-policy.js';
import { accessPoints, type AccessPoint, type FileSystem } from './collectors.js';

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

/** Every access point of every scanned region, as a resource of its own (ASFF AwsEfsAccessPoint). */
export function eachAccessPoint(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: EvalContext<any>,
  visit: (a: AccessPoint, resource: ResourceRef, label: string) => void,
): void {
  for (const { region, result } of ctx.regional(accessPoints)) {
    for (const a of listed(ctx, region, result, 'EFS access points')) {
      const resource: ResourceRef = { arn: a.arn, id: a.id, ...(a.name ? { name: a.name } : {}), region, tags: a.tags, details: { fileSystemId: a.fileSystemId } };
      visit(a, resource, `EFS access point ${apLabel(a)} of file system ${a.fileSystemId}`);
    }
  }
}

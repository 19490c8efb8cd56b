/** Fixture builders for the CloudTrail and CloudWatch check tests (test-only). */
import type { FixtureInventory } from '../../../test/helpers/check.js';
import type { Result } from '../../core/types.js';
import { trailList, trails, type Trail, type TrailConfig } from './collectors.js';

export const okr = <T>(data: T): Result<T> => ({ ok: true, data });

export function makeTrail(o: Partial<Trail> = {}): Trail {
  const name = o.name ?? 'main';
  const homeRegion = o.homeRegion ?? 'us-east-1';
  return {
    arn: `arn:aws:cloudtrail:${homeRegion}:123456789012:trail/${name}`,
    name,
    homeRegion,
    isMultiRegion: true,
    isOrganizationTrail: false,
    s3BucketName: 'trail-logs',
    logFileValidationEnabled: true,
    status: okr({ isLogging: true }),
    eventSelectors: okr({ classic: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [] }], advanced: [] }),
    ...o,
  };
}

export const trailConfig = ({ status: _s, eventSelectors: _e, ...c }: Trail): TrailConfig => c;

/** Set `trails` (by home region) and `trailList` (own trails plus multi-region shadows) in every region of the fixture. */
export function withTrails(fx: FixtureInventory, list: Trail[]): FixtureInventory {
  for (const r of fx.inventory.meta.regions) {
    fx.set(trails, list.filter((t) => t.homeRegion === r), [r]);
    fx.set(trailList, list.filter((t) => t.homeRegion === r || t.isMultiRegion).map(trailConfig), [r]);
  }
  return fx;
}

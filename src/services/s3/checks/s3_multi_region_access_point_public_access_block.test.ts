import { describe, expect, it } from 'vitest';
import check from './s3_multi_region_access_point_public_access_block.js';
import { multiRegionAccessPoints, type MultiRegionAccessPoint } from '../collectors.js';
import { ALL, NONE } from '../public-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const m = (name: string, pab = ALL): MultiRegionAccessPoint => ({ name, arn: `arn:aws:s3::123456789012:accesspoint/${name}.mrap`, buckets: ['a', 'b'], publicAccessBlock: pab });

describe('s3_multi_region_access_point_public_access_block', () => {
  it('PASS when all settings are on, FAIL otherwise', () => {
    const findings = runCheck(check, new FixtureInventory().set(multiRegionAccessPoints, [m('safe'), m('leaky', { ...ALL, restrictPublicBuckets: false })]));
    expect(statusById(findings)).toEqual({ safe: 'PASS', leaky: 'FAIL' });
    expect(findings[1].statusExtended).toContain('RestrictPublicBuckets off');
    expect(runCheck(check, new FixtureInventory().set(multiRegionAccessPoints, [m('x', NONE)]))[0].status).toBe('FAIL');
  });
  it('ERROR naming the call when the listing was denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(multiRegionAccessPoints, { error: denied('s3control:ListMultiRegionAccessPoints') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('s3control:ListMultiRegionAccessPoints');
  });
});

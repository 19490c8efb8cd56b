import { describe, expect, it } from 'vitest';
import check from './s3_bucket_cross_region_replication.js';
import { bucketReplication, buckets } from '../collectors.js';
import { facetCases, bucket } from '../facet-cases.test-helper.js';
import { FixtureInventory, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('s3_bucket_cross_region_replication', () => {
  facetCases(check, bucketReplication, {
    none: { value: null, status: 'FAIL', says: 'no enabled replication' },
    disabled: { value: [{ status: 'Disabled', destinationBucket: 'arn:aws:s3:::elsewhere' }], status: 'FAIL' },
    foreign: { value: [{ status: 'Enabled', destinationBucket: 'arn:aws:s3:::partner-copy' }], status: 'MANUAL', says: 'partner-copy' },
  });

  it('PASS when the destination is one of our buckets in another region, FAIL when it is in the same region', () => {
    const fx = new FixtureInventory()
      .set(buckets, [bucket('src'), bucket('same'), bucket('copy-eu', 'eu-west-1'), bucket('copy-us')])
      .set(bucketReplication, {
        src: { ok: true, data: [{ status: 'Enabled', destinationBucket: 'arn:aws:s3:::copy-eu' }] },
        same: { ok: true, data: [{ status: 'Enabled', destinationBucket: 'arn:aws:s3:::copy-us' }] },
        'copy-us': { ok: true, data: null },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ src: 'PASS', same: 'FAIL', 'copy-us': 'FAIL' });
    expect(findings[0].statusExtended).toContain('eu-west-1');
  });
});

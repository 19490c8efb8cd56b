import { describe } from 'vitest';
import check from './s3_bucket_object_lock.js';
import { bucketObjectLock } from '../collectors.js';
import { facetCases } from '../facet-cases.test-helper.js';

describe('s3_bucket_object_lock', () => {
  facetCases(check, bucketObjectLock, {
    vault: { value: { enabled: true, mode: 'COMPLIANCE', days: 30 }, status: 'PASS', says: 'COMPLIANCE retention of 30 day(s)' },
    bare: { value: { enabled: true }, status: 'PASS', says: 'no default retention' },
    open: { value: null, status: 'FAIL' },
  });
});

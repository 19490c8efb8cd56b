import { describe } from 'vitest';
import check from './s3_bucket_lifecycle_enabled.js';
import { bucketLifecycle } from '../collectors.js';
import { facetCases } from '../facet-cases.test-helper.js';

describe('s3_bucket_lifecycle_enabled', () => {
  facetCases(check, bucketLifecycle, {
    tidy: { value: [{ id: 'old', status: 'Disabled' }, { id: 'expire', status: 'Enabled' }], status: 'PASS', says: '1 enabled' },
    off: { value: [{ id: 'old', status: 'Disabled' }], status: 'FAIL', says: 'disabled' },
    none: { value: null, status: 'FAIL', says: 'no lifecycle' },
  });
});

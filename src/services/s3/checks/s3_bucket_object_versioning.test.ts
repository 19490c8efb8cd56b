import { describe } from 'vitest';
import check from './s3_bucket_object_versioning.js';
import { bucketVersioning } from '../collectors.js';
import { facetCases } from '../facet-cases.test-helper.js';

describe('s3_bucket_object_versioning', () => {
  facetCases(check, bucketVersioning, {
    on: { value: { status: 'Enabled', mfaDelete: false }, status: 'PASS' },
    paused: { value: { status: 'Suspended', mfaDelete: false }, status: 'FAIL', says: 'suspended' },
    never: { value: { status: null, mfaDelete: false }, status: 'FAIL', says: 'never enabled' },
  });
});

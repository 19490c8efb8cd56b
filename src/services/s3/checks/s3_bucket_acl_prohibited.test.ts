import { describe } from 'vitest';
import check from './s3_bucket_acl_prohibited.js';
import { bucketOwnershipControls } from '../collectors.js';
import { facetCases } from '../facet-cases.test-helper.js';

describe('s3_bucket_acl_prohibited', () => {
  facetCases(check, bucketOwnershipControls, {
    enforced: { value: 'BucketOwnerEnforced', status: 'PASS' },
    preferred: { value: 'BucketOwnerPreferred', status: 'FAIL', says: 'BucketOwnerPreferred' },
    unset: { value: null, status: 'FAIL', says: 'ObjectWriter' },
  });
});

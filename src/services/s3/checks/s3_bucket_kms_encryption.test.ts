import { describe } from 'vitest';
import check from './s3_bucket_kms_encryption.js';
import { bucketEncryption } from '../collectors.js';
import { facetCases } from '../facet-cases.test-helper.js';

describe('s3_bucket_kms_encryption', () => {
  facetCases(check, bucketEncryption, {
    cmk: { value: [{ algorithm: 'aws:kms', kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k', bucketKeyEnabled: true }], status: 'PASS', says: 'key/k' },
    dsse: { value: [{ algorithm: 'aws:kms:dsse', bucketKeyEnabled: false }], status: 'PASS', says: 'AWS managed key' },
    sses3: { value: [{ algorithm: 'AES256', bucketKeyEnabled: false }], status: 'FAIL', says: 'AES256' },
    none: { value: null, status: 'FAIL' },
  });
});

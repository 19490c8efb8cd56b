import { describe } from 'vitest';
import check from './s3_bucket_server_access_logging_enabled.js';
import { bucketLogging } from '../collectors.js';
import { facetCases } from '../facet-cases.test-helper.js';

describe('s3_bucket_server_access_logging_enabled', () => {
  facetCases(check, bucketLogging, {
    logged: { value: { enabled: true, targetBucket: 'central-logs', targetPrefix: 'x/' }, status: 'PASS', says: 'central-logs' },
    silent: { value: { enabled: false }, status: 'FAIL' },
  });
});

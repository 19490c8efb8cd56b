import { describe } from 'vitest';
import check from './s3_bucket_event_notifications_enabled.js';
import { bucketNotifications } from '../collectors.js';
import { facetCases } from '../facet-cases.test-helper.js';

describe('s3_bucket_event_notifications_enabled', () => {
  facetCases(check, bucketNotifications, {
    bus: { value: { destinations: 0, eventBridge: true }, status: 'PASS', says: 'EventBridge' },
    queue: { value: { destinations: 2, eventBridge: false }, status: 'PASS', says: '2 SNS/SQS/Lambda' },
    quiet: { value: { destinations: 0, eventBridge: false }, status: 'FAIL' },
  });
});

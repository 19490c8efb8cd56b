import { describe } from 'vitest';
import check from './rds_instance_critical_event_subscription.js';
import { subscriptionCases } from '../events-cases.test-helper.js';

describe('rds_instance_critical_event_subscription', () => {
  subscriptionCases(check, 'db-instance', ['maintenance', 'configuration change', 'failure']);
});

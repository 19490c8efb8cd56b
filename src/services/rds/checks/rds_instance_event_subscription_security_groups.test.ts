import { describe } from 'vitest';
import check from './rds_instance_event_subscription_security_groups.js';
import { subscriptionCases } from '../events-cases.test-helper.js';

describe('rds_instance_event_subscription_security_groups', () => {
  subscriptionCases(check, 'db-security-group', ['configuration change', 'failure']);
});

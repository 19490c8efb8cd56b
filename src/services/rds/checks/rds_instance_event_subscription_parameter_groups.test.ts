import { describe } from 'vitest';
import check from './rds_instance_event_subscription_parameter_groups.js';
import { subscriptionCases } from '../events-cases.test-helper.js';

describe('rds_instance_event_subscription_parameter_groups', () => {
  subscriptionCases(check, 'db-parameter-group', ['configuration change']);
});

import { describe } from 'vitest';
import check from './rds_cluster_critical_event_subscription.js';
import { subscriptionCases } from '../events-cases.test-helper.js';

describe('rds_cluster_critical_event_subscription', () => {
  subscriptionCases(check, 'db-cluster', ['maintenance', 'failure']);
});

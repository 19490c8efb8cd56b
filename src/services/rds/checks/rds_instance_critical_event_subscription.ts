import { defineCheck } from '../../../core/check.js';
import { eventSubscriptions, instances } from '../collectors.js';
import { judgeSubscriptions } from '../events.js';

export default defineCheck({
  id: 'rds_instance_critical_event_subscription',
  title: 'RDS event subscriptions notify critical DB instance events',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsEventSubscription',
  categories: ['logging'],
  description:
    'Looks, in each region, for an enabled RDS event subscription that covers every db-instance (no source id filter) and the maintenance, configuration change, failure event categories (or all categories). Regions without DB instances are skipped unless scan_unused_services is true.',
  risk: 'Failures, maintenance and configuration changes of DB instances go unnoticed until users report an outage or an audit finds the change.',
  remediation: {
    text: 'Create an RDS event subscription for source type db-instance with the maintenance, configuration change, failure categories, delivering to an SNS topic that someone watches.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
    cli: 'aws rds create-event-subscription --subscription-name <name> --sns-topic-arn <topic-arn> --source-type db-instance --event-categories "maintenance" "configuration change" "failure"',
  },
  params: { scan_unused_services: false },
  uses: [eventSubscriptions, instances],
  run(ctx) {
    judgeSubscriptions(ctx, { sourceType: 'db-instance', categories: ['maintenance', 'configuration change', 'failure'], what: 'DB instances', inUse: instances });
  },
});

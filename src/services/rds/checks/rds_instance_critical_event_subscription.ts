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
    terraform:
      'resource "aws_db_event_subscription" "instance" {\n  name             = "instance-critical-events"\n  sns_topic        = "<sns-topic-arn>"\n  source_type      = "db-instance"\n  event_categories = ["maintenance", "configuration change", "failure"]\n  enabled          = true\n}',
    nativeIaC:
      'Resources:\n  InstanceEvents:\n    Type: AWS::RDS::EventSubscription\n    Properties:\n      SnsTopicArn: <sns-topic-arn>\n      SourceType: db-instance\n      EventCategories:\n        - maintenance\n        - configuration change\n        - failure\n      Enabled: true',
  },
  params: { scan_unused_services: false },
  uses: [eventSubscriptions, instances],
  run(ctx) {
    judgeSubscriptions(ctx, { sourceType: 'db-instance', categories: ['maintenance', 'configuration change', 'failure'], what: 'DB instances', inUse: instances });
  },
});

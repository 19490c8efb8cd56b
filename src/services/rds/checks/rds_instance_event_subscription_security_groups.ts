import { defineCheck } from '../../../core/check.js';
import { eventSubscriptions, instances } from '../collectors.js';
import { judgeSubscriptions } from '../events.js';

export default defineCheck({
  id: 'rds_instance_event_subscription_security_groups',
  title: 'RDS event subscriptions notify DB security group changes',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsEventSubscription',
  categories: ['logging'],
  description:
    'Looks, in each region, for an enabled RDS event subscription that covers every db-security-group (no source id filter) and the configuration change, failure event categories (or all categories). Regions without DB instances are skipped unless scan_unused_services is true.',
  risk: 'A change that opens database access through a DB security group goes unnoticed.',
  remediation: {
    text: 'Create an RDS event subscription for source type db-security-group with the configuration change, failure categories, delivering to an SNS topic that someone watches.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
    cli: 'aws rds create-event-subscription --subscription-name <name> --sns-topic-arn <topic-arn> --source-type db-security-group --event-categories "configuration change" "failure"',
    terraform:
      'resource "aws_db_event_subscription" "security_groups" {\n  name             = "security-group-changes"\n  sns_topic        = "<sns-topic-arn>"\n  source_type      = "db-security-group"\n  event_categories = ["configuration change", "failure"]\n  enabled          = true\n}',
    nativeIaC:
      'Resources:\n  SecurityGroupEvents:\n    Type: AWS::RDS::EventSubscription\n    Properties:\n      SnsTopicArn: <sns-topic-arn>\n      SourceType: db-security-group\n      EventCategories:\n        - configuration change\n        - failure\n      Enabled: true',
  },
  params: { scan_unused_services: false },
  uses: [eventSubscriptions, instances],
  run(ctx) {
    judgeSubscriptions(ctx, { sourceType: 'db-security-group', categories: ['configuration change', 'failure'], what: 'DB instances', inUse: instances });
  },
});

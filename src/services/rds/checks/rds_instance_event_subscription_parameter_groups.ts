import { defineCheck } from '../../../core/check.js';
import { eventSubscriptions, instances } from '../collectors.js';
import { judgeSubscriptions } from '../events.js';

export default defineCheck({
  id: 'rds_instance_event_subscription_parameter_groups',
  title: 'RDS event subscriptions notify DB parameter group changes',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsEventSubscription',
  categories: ['logging'],
  description:
    'Looks, in each region, for an enabled RDS event subscription that covers every db-parameter-group (no source id filter) and the configuration change event categories (or all categories). Regions without DB instances are skipped unless scan_unused_services is true.',
  risk: 'A parameter change that weakens security (turning off TLS enforcement or logging) goes unnoticed.',
  remediation: {
    text: 'Create an RDS event subscription for source type db-parameter-group with the configuration change categories, delivering to an SNS topic that someone watches.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
    cli: 'aws rds create-event-subscription --subscription-name <name> --sns-topic-arn <topic-arn> --source-type db-parameter-group --event-categories "configuration change"',
    terraform:
      'resource "aws_db_event_subscription" "parameter_groups" {\n  name             = "parameter-group-changes"\n  sns_topic        = "<sns-topic-arn>"\n  source_type      = "db-parameter-group"\n  event_categories = ["configuration change"]\n  enabled          = true\n}',
    nativeIaC:
      'Resources:\n  ParameterGroupEvents:\n    Type: AWS::RDS::EventSubscription\n    Properties:\n      SnsTopicArn: <sns-topic-arn>\n      SourceType: db-parameter-group\n      EventCategories:\n        - configuration change\n      Enabled: true',
  },
  params: { scan_unused_services: false },
  uses: [eventSubscriptions, instances],
  run(ctx) {
    judgeSubscriptions(ctx, { sourceType: 'db-parameter-group', categories: ['configuration change'], what: 'DB instances', inUse: instances });
  },
});

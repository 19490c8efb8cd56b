import { defineCheck } from '../../../core/check.js';
import { eventSubscriptions, clusters } from '../collectors.js';
import { judgeSubscriptions } from '../events.js';

export default defineCheck({
  id: 'rds_cluster_critical_event_subscription',
  title: 'RDS event subscriptions notify critical DB cluster events',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsEventSubscription',
  categories: ['logging'],
  description:
    'Looks, in each region, for an enabled RDS event subscription that covers every db-cluster (no source id filter) and the maintenance, failure event categories (or all categories). Regions without DB clusters are skipped unless scan_unused_services is true.',
  risk: 'Cluster failovers, failures and maintenance go unnoticed, so availability problems are found late.',
  remediation: {
    text: 'Create an RDS event subscription for source type db-cluster with the maintenance, failure categories, delivering to an SNS topic that someone watches.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
    cli: 'aws rds create-event-subscription --subscription-name <name> --sns-topic-arn <topic-arn> --source-type db-cluster --event-categories "maintenance" "failure"',
    terraform:
      'resource "aws_db_event_subscription" "cluster" {\n  name             = "cluster-critical-events"\n  sns_topic        = "<sns-topic-arn>"\n  source_type      = "db-cluster"\n  event_categories = ["maintenance", "failure"]\n  enabled          = true\n}',
    nativeIaC:
      'Resources:\n  ClusterEvents:\n    Type: AWS::RDS::EventSubscription\n    Properties:\n      SnsTopicArn: <sns-topic-arn>\n      SourceType: db-cluster\n      EventCategories:\n        - maintenance\n        - failure\n      Enabled: true',
  },
  params: { scan_unused_services: false },
  uses: [eventSubscriptions, clusters],
  run(ctx) {
    judgeSubscriptions(ctx, { sourceType: 'db-cluster', categories: ['maintenance', 'failure'], what: 'DB clusters', inUse: clusters });
  },
});

import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../core/types.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'redshift_cluster_audit_logging',
  title: 'Redshift clusters record audit logs',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  categories: ['logging', 'forensics-ready'],
  description: 'Reads the logging status of each cluster (DescribeLoggingStatus) and passes when audit logging delivers connection and user logs to S3 or CloudWatch Logs.',
  risk: 'Without audit logs, connections, authentication failures and user changes in the warehouse leave no record.',
  remediation: {
    text: 'Enable audit logging to CloudWatch Logs (or an S3 bucket), and enable_user_activity_logging in the parameter group for query logs.',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
    cli: 'aws redshift enable-logging --cluster-identifier <cluster> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
    terraform:
      'resource "aws_redshift_logging" "this" {\n  cluster_identifier   = "<cluster-id>"\n  log_destination_type = "cloudwatch"\n  log_exports          = ["connectionlog", "userlog", "useractivitylog"]\n}\n\nresource "aws_redshift_parameter_group" "user_activity" {\n  name   = "user-activity-logging"\n  family = "redshift-1.0"\n  parameter {\n    name  = "enable_user_activity_logging"\n    value = "true"\n  }\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: multi-node\n      NodeType: <node-type>\n      DBName: <db-name>\n      MasterUsername: <admin-name>\n      MasterUserPassword: "{{resolve:secretsmanager:<admin-secret>:SecretString:password}}"\n      LoggingProperties:\n        BucketName: <audit-log-bucket>\n        S3KeyPrefix: redshift/\n  UserActivity:\n    Type: AWS::Redshift::ClusterParameterGroup\n    Properties:\n      Description: user activity logging\n      ParameterGroupFamily: redshift-1.0\n      Parameters:\n        - ParameterName: enable_user_activity_logging\n          ParameterValue: \'true\'',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, 'Redshift clusters', (x, resource) => {
      const l = x.logging;
      if (!l.ok) ctx.error(resource, l.error, `Could not read the logging status of Redshift cluster ${x.id}: ${describeCallError(l.error)}.`);
      else if (l.data.enabled) ctx.pass(resource, `Redshift cluster ${x.id} records audit logs${l.data.destination ? ` to ${l.data.destination}` : ''}.`);
      else ctx.fail(resource, `Redshift cluster ${x.id} does not record audit logs.`);
    });
  },
});

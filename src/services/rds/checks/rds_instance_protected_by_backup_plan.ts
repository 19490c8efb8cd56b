import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { clusters, instances } from '../collectors.js';
import { eachInstance } from '../instances.js';
import { coverageFacts, coverageIn, rdsClusterBackupType, reportCoverage } from '../../backup/protection.js';

export default defineCheck({
  id: 'rds_instance_protected_by_backup_plan',
  title: 'RDS DB instances are protected by an AWS Backup plan',
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbInstance',
  categories: ['resilience'],
  description:
    'Passes each DB instance that a resource assignment of an AWS Backup plan in its region selects (by ARN or pattern, "*", ListOfTags or tag Conditions, minus NotResources). An instance that belongs to an Aurora or Multi-AZ DB cluster is judged by its cluster, since AWS Backup backs those up as clusters and never as instances.',
  risk: 'An instance outside every backup plan relies on automated backups alone, which expire after at most 35 days and are deleted with the instance by default.',
  remediation: {
    text: 'Assign the instance (or, for a cluster member, its cluster) to a backup plan by ARN, an rds db pattern or a tag.',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"databases","IamRoleArn":"<role-arn>","Resources":["arn:aws:rds:*:*:db:*"]}\'',
    nativeIaC:
      'Resources:\n  DatabaseSelection:\n    Type: AWS::Backup::BackupSelection\n    Properties:\n      BackupPlanId: !Ref DailyPlan\n      BackupSelection:\n        SelectionName: databases\n        IamRoleArn: !GetAtt BackupRole.Arn\n        Resources:\n          - !Sub arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:db:<instance>',
    terraform:
      'resource "aws_backup_selection" "databases" {\n  name         = "databases"\n  plan_id      = aws_backup_plan.daily.id\n  iam_role_arn = aws_iam_role.backup.arn\n  resources    = [aws_db_instance.main.arn]\n}',
  },
  uses: [instances, clusters, ...coverageFacts],
  run(ctx) {
    const cover = coverageIn(ctx);
    const clustersByRegion = new Map(ctx.regional(clusters).map(({ region, result }) => [region, result]));
    eachInstance(ctx, (i, resource, region) => {
      const label = `RDS instance ${i.id} (${i.engine})`;
      if (!i.clusterId) {
        reportCoverage(ctx, resource, label, cover(region, { arn: i.arn, tags: i.tags, backupType: 'RDS' }));
        return;
      }
      const list = clustersByRegion.get(region);
      if (list && !list.ok) {
        ctx.error(resource, list.error, `Could not tell whether ${label} is protected by a backup plan: it belongs to cluster ${i.clusterId}, which could not be read (${describeCallError(list.error)}).`);
        return;
      }
      const cluster = list?.data.find((c) => c.id === i.clusterId);
      if (!cluster) {
        reportCoverage(ctx, resource, label, cover(region, { arn: i.arn, tags: i.tags, backupType: 'RDS' }));
        return;
      }
      const via = ` through its cluster ${cluster.id}`;
      const cov = cover(region, { arn: cluster.arn, tags: cluster.tags, backupType: rdsClusterBackupType(cluster.engine) });
      if (cov.status === 'unprotected') ctx.fail(resource, `${label} belongs to cluster ${cluster.id}, which is not protected by a backup plan (AWS Backup backs cluster members up only as part of their cluster).`);
      else reportCoverage(ctx, resource, label, cov, via);
    });
  },
});

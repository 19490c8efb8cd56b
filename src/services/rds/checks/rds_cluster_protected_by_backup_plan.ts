import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachCluster } from '../instances.js';
import { coverageFacts, coverageIn, rdsClusterBackupType, reportCoverage } from '../../backup/protection.js';

export default defineCheck({
  id: 'rds_cluster_protected_by_backup_plan',
  title: 'RDS DB clusters are protected by an AWS Backup plan',
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbCluster',
  categories: ['resilience'],
  description:
    'Passes each Aurora or Multi-AZ DB cluster that a resource assignment of an AWS Backup plan in its region selects (by ARN or pattern, "*", ListOfTags or tag Conditions, minus NotResources). Aurora clusters are backed up only when Aurora is opted in to AWS Backup in the region, even when an assignment names them.',
  risk: 'A cluster outside every backup plan relies on automated backups alone, which expire after at most 35 days and disappear with the cluster; there is no retained, centrally managed, copyable backup.',
  remediation: {
    text: 'Assign the cluster to a backup plan (by ARN, an rds cluster pattern or a tag), and for Aurora turn on the Aurora opt-in in the AWS Backup settings of the region.',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"clusters","IamRoleArn":"<role-arn>","Resources":["arn:aws:rds:*:*:cluster:*"]}\'',
    nativeIaC:
      'Resources:\n  ClusterSelection:\n    Type: AWS::Backup::BackupSelection\n    Properties:\n      BackupPlanId: !Ref DailyPlan\n      BackupSelection:\n        SelectionName: clusters\n        IamRoleArn: !GetAtt BackupRole.Arn\n        Resources:\n          - !Sub arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:cluster:<cluster>',
    terraform:
      'resource "aws_backup_selection" "clusters" {\n  name         = "clusters"\n  plan_id      = aws_backup_plan.daily.id\n  iam_role_arn = aws_iam_role.backup.arn\n  resources    = [aws_rds_cluster.main.arn]\n}',
  },
  uses: [clusters, ...coverageFacts],
  run(ctx) {
    const cover = coverageIn(ctx);
    eachCluster(ctx, (c, resource, region) => {
      reportCoverage(ctx, resource, `RDS cluster ${c.id} (${c.engine})`, cover(region, { arn: c.arn, tags: c.tags, backupType: rdsClusterBackupType(c.engine) }));
    });
  },
});

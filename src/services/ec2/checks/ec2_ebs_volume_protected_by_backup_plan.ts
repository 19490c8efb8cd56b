import { defineCheck } from '../../../core/check.js';
import { instances, volumes } from '../collectors.js';
import { forEachRegional } from '../shared.js';
import { coverageFacts, coverageIn, reportCoverage, type Coverage } from '../../backup/protection.js';

export default defineCheck({
  id: 'ec2_ebs_volume_protected_by_backup_plan',
  title: 'EBS volumes are protected by an AWS Backup plan',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Volume',
  categories: ['resilience'],
  description:
    'Passes each EBS volume that a resource assignment of an AWS Backup plan in its region selects, either directly (by ARN or pattern, "*", ListOfTags or tag Conditions, minus NotResources) or through an EC2 instance it is attached to (an EC2 backup includes every attached volume). Volumes reached only through "*" or tags count only when the resource type is opted in to AWS Backup.',
  risk: 'A volume that no backup plan covers has no scheduled, retained snapshots: a deleted, corrupted or ransomware-encrypted volume cannot be restored.',
  remediation: {
    text: 'Assign the volume, or the instance it is attached to, to a backup plan by ARN, an ec2 volume pattern or a tag the plan selects.',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"volumes","IamRoleArn":"<role-arn>","Resources":["arn:aws:ec2:*:*:volume/*"]}\'',
    nativeIaC:
      'Resources:\n  VolumeSelection:\n    Type: AWS::Backup::BackupSelection\n    Properties:\n      BackupPlanId: !Ref DailyPlan\n      BackupSelection:\n        SelectionName: volumes\n        IamRoleArn: !GetAtt BackupRole.Arn\n        Resources:\n          - !Sub arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/<volume-id>',
    terraform:
      'resource "aws_backup_selection" "volumes" {\n  name         = "volumes"\n  plan_id      = aws_backup_plan.daily.id\n  iam_role_arn = aws_iam_role.backup.arn\n  resources    = [aws_ebs_volume.data.arn]\n}',
  },
  uses: [volumes, instances, ...coverageFacts],
  run(ctx) {
    const cover = coverageIn(ctx);
    const instancesByRegion = new Map(ctx.regional(instances).map(({ region, result }) => [region, result]));
    forEachRegional(ctx, volumes, (region, v) => {
      const resource = { arn: v.arn, id: v.id, ...(v.name ? { name: v.name } : {}), region, tags: v.tags };
      const label = `EBS volume ${v.id}`;
      const direct = cover(region, { arn: v.arn, tags: v.tags, backupType: 'EBS' });
      if (direct.status === 'protected' || !v.attachedTo.length) return reportCoverage(ctx, resource, label, direct);
      const list = instancesByRegion.get(region);
      let unknown: Coverage | undefined = direct.status === 'unknown' ? direct : undefined;
      if (list && !list.ok) unknown ??= { status: 'unknown', error: list.error, why: `it is attached to ${v.attachedTo.join(', ')}, and the instances could not be read` };
      for (const id of v.attachedTo) {
        const inst = list?.ok ? list.data.find((i) => i.id === id) : undefined;
        if (!inst) continue;
        const via = cover(region, { arn: inst.arn, tags: inst.tags, backupType: 'EC2' });
        if (via.status === 'protected') return reportCoverage(ctx, resource, label, via, ` through attached instance ${id}`);
        if (via.status === 'unknown') unknown ??= via;
      }
      if (unknown) return reportCoverage(ctx, resource, label, unknown);
      ctx.fail(resource, `${label} is not included in any backup plan's resource assignment in its region, nor is the instance it is attached to (${v.attachedTo.join(', ')}).`);
    });
  },
});

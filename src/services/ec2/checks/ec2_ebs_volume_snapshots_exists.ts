import { defineCheck } from '../../../core/check.js';
import { snapshots, volumes } from '../collectors.js';
import { forEachRegional } from '../shared.js';

export default defineCheck({
  id: 'ec2_ebs_volume_snapshots_exists',
  title: 'EBS volumes have at least one snapshot',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Volume',
  categories: ['resilience', 'forensics-ready'],
  description: 'Flags EBS volumes for which the account owns no snapshot at all.',
  risk: 'Without a snapshot, a deleted, corrupted or encrypted-by-ransomware volume cannot be restored, and there is no point-in-time copy for an investigation.',
  remediation: {
    text: 'Back volumes up with Amazon Data Lifecycle Manager or AWS Backup policies, so snapshots are taken and expired on a schedule.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/snapshot-lifecycle.html',
    cli: 'aws ec2 create-snapshot --volume-id <volume-id> --description "baseline"',
    terraform:
      'resource "aws_dlm_lifecycle_policy" "daily" {\n  description        = "Daily EBS snapshots, kept 14 days"\n  execution_role_arn = "<dlm-role-arn>"\n  state              = "ENABLED"\n  policy_details {\n    resource_types = ["VOLUME"]\n    target_tags = {\n      Backup = "daily"\n    }\n    schedule {\n      name      = "daily"\n      copy_tags = true\n      create_rule {\n        interval      = 24\n        interval_unit = "HOURS"\n        times         = ["03:00"]\n      }\n      retain_rule {\n        count = 14\n      }\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  DailySnapshots:\n    Type: AWS::DLM::LifecyclePolicy\n    Properties:\n      Description: Daily EBS snapshots, kept 14 days\n      State: ENABLED\n      ExecutionRoleArn: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/AWSDataLifecycleManagerDefaultRole\n      PolicyDetails:\n        ResourceTypes:\n          - VOLUME\n        TargetTags:\n          - Key: Backup\n            Value: daily\n        Schedules:\n          - Name: daily\n            CopyTags: true\n            CreateRule:\n              Interval: 24\n              IntervalUnit: HOURS\n              Times:\n                - \'03:00\'\n            RetainRule:\n              Count: 14',
  },
  uses: [volumes, snapshots],
  run(ctx) {
    const snaps = new Map(ctx.regional(snapshots).map(({ region, result }) => [region, result]));
    forEachRegional(ctx, volumes, (region, v) => {
      const resource = { arn: v.arn, id: v.id, ...(v.name ? { name: v.name } : {}), region, tags: v.tags };
      const s = snaps.get(region);
      if (!s) return;
      if (!s.ok) return ctx.error(resource, s.error);
      const mine = s.data.filter((x) => x.volumeId === v.id);
      if (mine.length) ctx.pass(resource, `Volume ${v.id} has ${mine.length} snapshot(s), the latest from ${mine.map((x) => x.startTime ?? '').sort().at(-1)?.slice(0, 10) || 'an unknown date'}.`);
      else ctx.fail(resource, `Volume ${v.id} has no snapshot.`);
    });
  },
});

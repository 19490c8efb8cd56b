import { defineCheck } from '../../../core/check.js';
import { describeCallError, notAvailableHere } from '../../../aws/errors.js';
import { lifecyclePolicies } from '../collectors.js';
import { volumes } from '../../ec2/collectors.js';

export default defineCheck({
  id: 'dlm_ebs_snapshot_lifecycle_policy_exists',
  title: 'An enabled EBS snapshot lifecycle policy exists in regions with EBS volumes',
  service: 'dlm',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['resilience'],
  description:
    'In each region that has EBS volumes (every region when scan_unused_services is set), passes when Amazon Data Lifecycle Manager has an enabled EBS snapshot policy (custom or default). A disabled policy, or one that manages only AMIs or cross-account copy events, takes no volume snapshots and does not count.',
  risk: 'Without a lifecycle policy, volume snapshots depend on someone taking them by hand: they are missed, or kept forever at a growing cost.',
  remediation: {
    text: 'Create an EBS snapshot lifecycle policy that targets the volumes (by tag, or the default policy for all volumes) with a schedule and retention.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/snapshot-ami-policy.html',
    cli: 'aws dlm create-default-lifecycle-policy --resource-type VOLUME --description "daily volume snapshots" --execution-role-arn <role-arn> --create-interval 1 --retain-interval 7',
    nativeIaC:
      'Resources:\n  VolumeSnapshots:\n    Type: AWS::DLM::LifecyclePolicy\n    Properties:\n      Description: daily volume snapshots\n      State: ENABLED\n      ExecutionRoleArn: !GetAtt DlmRole.Arn\n      PolicyDetails:\n        PolicyType: EBS_SNAPSHOT_MANAGEMENT\n        ResourceTypes: [VOLUME]\n        TargetTags:\n          - Key: backup\n            Value: daily\n        Schedules:\n          - Name: daily\n            CreateRule:\n              Interval: 24\n              IntervalUnit: HOURS\n            RetainRule:\n              Count: 7',
    terraform:
      'resource "aws_dlm_lifecycle_policy" "volumes" {\n  description        = "daily volume snapshots"\n  execution_role_arn = aws_iam_role.dlm.arn\n  state              = "ENABLED"\n  policy_details {\n    resource_types = ["VOLUME"]\n    target_tags    = { backup = "daily" }\n    schedule {\n      name = "daily"\n      create_rule {\n        interval      = 24\n        interval_unit = "HOURS"\n      }\n      retain_rule {\n        count = 7\n      }\n    }\n  }\n}',
  },
  params: { scan_unused_services: false },
  uses: [lifecyclePolicies, volumes],
  run(ctx) {
    const volumesByRegion = new Map(ctx.regional(volumes).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(lifecyclePolicies)) {
      const here = ctx.accountResource(region);
      const vols = volumesByRegion.get(region);
      if (!ctx.params.scan_unused_services) {
        if (vols && !vols.ok) {
          ctx.error(here, vols.error, `Could not tell whether ${region} has EBS volumes to snapshot: ${describeCallError(vols.error)}.`);
          continue;
        }
        if (!vols?.data.length) continue;
      }
      if (!result.ok) {
        if (!notAvailableHere(result.error)) ctx.error(here, result.error, `Could not list the Data Lifecycle Manager policies in ${region}: ${describeCallError(result.error)}.`);
        continue;
      }
      const volumeCount = vols?.ok ? ` (${vols.data.length} volume(s))` : '';
      const snapshotting = result.data.filter((p) => p.policyType === 'EBS_SNAPSHOT_MANAGEMENT');
      const enabled = snapshotting.filter((p) => p.state === 'ENABLED');
      if (enabled.length) {
        const p = enabled[0];
        ctx.pass({ arn: p.arn, id: p.id, ...(p.description ? { name: p.description } : {}), region }, `${region}${volumeCount} has ${enabled.length} enabled EBS snapshot lifecycle policy(ies): ${enabled.map((x) => `${x.id}${x.defaultPolicy ? ' (default policy)' : ''}`).join(', ')}.`);
        continue;
      }
      const idle = snapshotting.length ? `; ${snapshotting.map((x) => `${x.id} is ${x.state}`).join(', ')}` : '';
      ctx.fail(here, `${region}${volumeCount} has no enabled EBS snapshot lifecycle policy${idle}.`);
    }
  },
});

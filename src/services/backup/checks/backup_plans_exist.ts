import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { plans, vaults } from '../collectors.js';
import { byRegion, regionList } from '../regions.js';

export default defineCheck({
  id: 'backup_plans_exist',
  title: 'At least one AWS Backup plan exists in regions that use AWS Backup',
  service: 'backup',
  severity: 'low',
  resourceType: 'AwsBackupBackupPlan',
  categories: ['resilience'],
  description:
    'Lists the backup plans of each region. A region with a plan passes; a region with none fails when it has a backup vault (AWS Backup is in use there) or when scan_unused_services is set. Plans are regional, so a plan elsewhere does not back up this region\'s resources.',
  risk: 'Vaults without a plan hold only ad hoc backups: nothing is backed up on a schedule or kept for a defined retention, so recent data is lost when a resource fails.',
  remediation: {
    text: 'Create a backup plan with a schedule and retention that meets your recovery point objective, and assign the resources it protects.',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/creating-a-backup-plan.html',
    cli: 'aws backup create-backup-plan --backup-plan \'{"BackupPlanName":"daily","Rules":[{"RuleName":"daily","TargetBackupVaultName":"main","ScheduleExpression":"cron(0 5 * * ? *)","Lifecycle":{"DeleteAfterDays":35}}]}\'',
    nativeIaC:
      'Resources:\n  DailyPlan:\n    Type: AWS::Backup::BackupPlan\n    Properties:\n      BackupPlan:\n        BackupPlanName: daily\n        BackupPlanRule:\n          - RuleName: daily\n            TargetBackupVault: main\n            ScheduleExpression: cron(0 5 * * ? *)\n            Lifecycle:\n              DeleteAfterDays: 35',
    terraform:
      'resource "aws_backup_plan" "daily" {\n  name = "daily"\n  rule {\n    rule_name         = "daily"\n    target_vault_name = aws_backup_vault.main.name\n    schedule          = "cron(0 5 * * ? *)"\n    lifecycle {\n      delete_after = 35\n    }\n  }\n}',
  },
  params: { scan_unused_services: false },
  uses: [plans, vaults],
  run(ctx) {
    const vaultsByRegion = byRegion(ctx.regional(vaults));
    for (const { region, result } of ctx.regional(plans)) {
      const list = regionList(ctx, region, result, 'AWS Backup plans');
      if (!list) continue;
      if (list.length) {
        const p = list[0];
        ctx.pass({ arn: p.arn, id: p.id, name: p.name, region }, `${list.length} AWS Backup plan(s) exist in ${region}: ${list.map((x) => x.name).slice(0, 5).join(', ')}${list.length > 5 ? ', ...' : ''}.`);
        continue;
      }
      if (!ctx.params.scan_unused_services) {
        const v = vaultsByRegion.get(region);
        if (v && !v.ok) {
          ctx.error(ctx.accountResource(region), v.error, `No AWS Backup plan exists in ${region}, and whether AWS Backup is used there could not be told: ${describeCallError(v.error)}.`);
          continue;
        }
        if (!v?.data.length) continue;
      }
      ctx.fail(ctx.accountResource(region), `No AWS Backup plan exists in ${region}.`);
    }
  },
});

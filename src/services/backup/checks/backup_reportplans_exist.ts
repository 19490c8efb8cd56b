import { defineCheck } from '../../../core/check.js';
import { plans, reportPlans } from '../collectors.js';
import { byRegion, regionList } from '../regions.js';

export default defineCheck({
  id: 'backup_reportplans_exist',
  title: 'AWS Backup report plans exist where backup plans run',
  service: 'backup',
  severity: 'low',
  resourceType: 'AwsBackupBackupPlan',
  categories: ['resilience', 'logging'],
  description:
    'In each region with at least one backup plan (every region when scan_unused_services is set), passes when a Backup Audit Manager report plan exists there, so backup and restore job results are reported on.',
  risk: 'Without reports, failed or skipped backup jobs go unnoticed until a restore is needed and the expected recovery point is missing.',
  remediation: {
    text: 'Create a report plan (for example a daily backup job report) that delivers to an S3 bucket someone reviews.',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/create-report-plan-console.html',
    cli: 'aws backup create-report-plan --report-plan-name backup_jobs --report-delivery-channel S3BucketName=<bucket> --report-setting ReportTemplate=BACKUP_JOB_REPORT',
    nativeIaC:
      'Resources:\n  BackupJobReport:\n    Type: AWS::Backup::ReportPlan\n    Properties:\n      ReportPlanName: backup_jobs\n      ReportDeliveryChannel:\n        S3BucketName: <bucket>\n      ReportSetting:\n        ReportTemplate: BACKUP_JOB_REPORT',
    terraform:
      'resource "aws_backup_report_plan" "jobs" {\n  name = "backup_jobs"\n  report_delivery_channel {\n    s3_bucket_name = "<bucket>"\n  }\n  report_setting {\n    report_template = "BACKUP_JOB_REPORT"\n  }\n}',
  },
  params: { scan_unused_services: false },
  uses: [plans, reportPlans],
  run(ctx) {
    const plansByRegion = byRegion(ctx.regional(plans));
    for (const { region, result } of ctx.regional(reportPlans)) {
      if (!ctx.params.scan_unused_services && !regionList(ctx, region, plansByRegion.get(region), 'AWS Backup plans')?.length) continue;
      const list = regionList(ctx, region, result, 'AWS Backup report plans');
      if (!list) continue;
      if (list.length) {
        const r = list[0];
        ctx.pass({ arn: r.arn, id: r.name, name: r.name, region }, `${list.length} AWS Backup report plan(s) exist in ${region}: ${list.map((x) => x.name).slice(0, 5).join(', ')}.`);
      } else ctx.fail(ctx.accountResource(region), `No AWS Backup report plan exists in ${region}${ctx.params.scan_unused_services ? '' : ', where backup plans run'}.`);
    }
  },
});

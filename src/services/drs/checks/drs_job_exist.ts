import { defineCheck } from '../../../core/check.js';
import { describeCallError, notAvailableHere } from '../../../aws/errors.js';
import { drsJobs } from '../collectors.js';

export default defineCheck({
  id: 'drs_job_exist',
  title: 'Elastic Disaster Recovery is set up and has run jobs',
  service: 'drs',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['resilience'],
  description:
    'Per region, passes when AWS Elastic Disaster Recovery is initialized and has at least one job (a drill, a recovery or a failback); fails when it is initialized without any job. Regions where the service was never initialized are reported (as failing) only when scan_unused_services is set.',
  risk: 'A disaster recovery setup that has never been exercised is unproven: replication or launch settings may be broken, and the first recovery attempt happens during a real outage.',
  remediation: {
    text: 'Initialize Elastic Disaster Recovery, replicate the critical servers, and run recovery drills regularly.',
    url: 'https://docs.aws.amazon.com/drs/latest/userguide/failback-preparing.html',
    cli: 'aws drs start-recovery --is-drill --source-servers sourceServerID=<source-server-id>',
    nativeIaC:
      'Resources:\n  MonthlyRecoveryDrill:\n    Type: AWS::Scheduler::Schedule\n    Properties:\n      ScheduleExpression: cron(0 6 1 * ? *)\n      FlexibleTimeWindow:\n        Mode: "OFF"\n      Target:\n        Arn: arn:aws:scheduler:::aws-sdk:drs:startRecovery\n        RoleArn: !GetAtt DrillRole.Arn\n        Input: \'{"isDrill": true, "sourceServers": [{"sourceServerID": "<source-server-id>"}]}\'',
    terraform:
      'resource "aws_scheduler_schedule" "monthly_drill" {\n  name                = "monthly-recovery-drill"\n  schedule_expression = "cron(0 6 1 * ? *)"\n  flexible_time_window {\n    mode = "OFF"\n  }\n  target {\n    arn      = "arn:aws:scheduler:::aws-sdk:drs:startRecovery"\n    role_arn = aws_iam_role.drill.arn\n    input    = jsonencode({ isDrill = true, sourceServers = [{ sourceServerID = "<source-server-id>" }] })\n  }\n}',
  },
  params: { scan_unused_services: false },
  uses: [drsJobs],
  run(ctx) {
    for (const { region, result } of ctx.regional(drsJobs)) {
      const here = ctx.accountResource(region);
      if (!result.ok) {
        if (!notAvailableHere(result.error)) ctx.error(here, result.error, `Could not list the Elastic Disaster Recovery jobs in ${region}: ${describeCallError(result.error)}.`);
        continue;
      }
      const { initialized, jobs } = result.data;
      if (!initialized) {
        if (ctx.params.scan_unused_services) ctx.fail(here, `Elastic Disaster Recovery is not initialized in ${region}.`);
        continue;
      }
      if (!jobs.length) {
        ctx.fail(here, `Elastic Disaster Recovery is initialized in ${region} but has never run a job (no drill or recovery).`);
        continue;
      }
      const drills = jobs.filter((j) => j.initiatedBy === 'START_DRILL').length;
      const latest = jobs.map((j) => j.created ?? '').sort().at(-1);
      ctx.pass(here, `Elastic Disaster Recovery in ${region} has ${jobs.length} job(s), ${drills} of them drills${latest ? `, the latest from ${latest.slice(0, 10)}` : ''}.`);
    }
  },
});

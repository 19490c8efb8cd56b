import { defineCheck } from '../../../core/check.js';
import { listed } from '../../../lib/resource-policy.js';
import { patchCompliance } from '../collectors.js';

export default defineCheck({
  id: 'ssm_managed_compliant_patching',
  title: 'Instances managed by Systems Manager are compliant with their patch baseline',
  service: 'ssm',
  severity: 'high',
  resourceType: 'AwsSsmPatchCompliance',
  categories: ['vulnerabilities'],
  description:
    'Reads the Patch compliance summary Systems Manager keeps for every managed node and fails the nodes reported NON_COMPLIANT (missing or failed patches required by their baseline).',
  risk: 'Missing security patches leave known, often publicly exploited, vulnerabilities open on the node.',
  remediation: {
    text: 'Run AWS-RunPatchBaseline with Operation=Install on the non-compliant nodes (or a Patch Manager patch policy on a schedule) and investigate failed installations.',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html',
    cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=<instance-id> --parameters Operation=Install',
    terraform:
      'resource "aws_ssm_association" "patch_install" {\n  name                = "AWS-RunPatchBaseline"\n  schedule_expression = "cron(0 3 ? * SUN *)"\n  parameters = {\n    Operation = "Install"\n  }\n  targets {\n    key    = "tag:Patch"\n    values = ["true"]\n  }\n}',
    nativeIaC:
      'Resources:\n  PatchInstall:\n    Type: AWS::SSM::Association\n    Properties:\n      Name: AWS-RunPatchBaseline\n      ScheduleExpression: cron(0 3 ? * SUN *)\n      Parameters:\n        Operation:\n          - Install\n      Targets:\n        - Key: tag:Patch\n          Values:\n            - \'true\'',
  },
  uses: [patchCompliance],
  run(ctx) {
    for (const { region, result } of ctx.regional(patchCompliance)) {
      for (const s of listed(ctx, region, result, 'Systems Manager patch compliance summaries')) {
        const kind = s.resourceId.startsWith('mi-') ? 'managed-instance' : 'instance';
        const service = kind === 'instance' ? 'ec2' : 'ssm';
        const resource = { arn: `arn:${ctx.account.partition}:${service}:${region}:${ctx.account.accountId}:${kind}/${s.resourceId}`, id: s.resourceId, region };
        if (s.status === 'COMPLIANT') ctx.pass(resource, `Managed node ${s.resourceId} is compliant with its patch baseline.`);
        else {
          const sev = s.overallSeverity && s.overallSeverity !== 'UNSPECIFIED' ? `, highest severity ${s.overallSeverity}` : '';
          ctx.fail(resource, `Managed node ${s.resourceId} is not compliant with its patch baseline (${s.nonCompliantCount} missing or failed patches${sev}).`);
        }
      }
    }
  },
});

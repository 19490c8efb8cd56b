import { defineCheck } from '../../../core/check.js';
import { organization, organizationPolicies } from '../collectors.js';
import { assigned, policiesOfType } from '../policy-checks.js';

/** Does the AI opt-out policy opt every service out by default (services.default.opt_out_policy = optOut)? */
function optsOutByDefault(content: unknown): boolean {
  const services = (content as { services?: Record<string, { opt_out_policy?: unknown }> } | null)?.services;
  return assigned(services?.default?.opt_out_policy) === 'optOut';
}

export default defineCheck({
  id: 'organizations_opt_out_ai_services_policy',
  title: 'The Organization opts out of AI services using its content',
  service: 'organizations',
  severity: 'medium',
  resourceType: 'Other',
  categories: [],
  description:
    'Checks that an AI services opt-out policy whose default for all services is "optOut" is attached in the Organization, so AWS AI services do not store or use customer content to improve their models.',
  risk: 'Without the opt-out, content sent to services such as Rekognition, Transcribe or Comprehend may be stored and used by AWS to develop its services, which may breach data-handling commitments.',
  remediation: {
    text: 'Enable the AI services opt-out policy type and attach to the root a policy setting services.default.opt_out_policy to optOut.',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_ai-opt-out.html',
    cli: 'aws organizations attach-policy --policy-id <policy-id> --target-id <root-id>',
    terraform:
      'resource "aws_organizations_policy" "ai_opt_out" {\n  name = "ai-services-opt-out"\n  type = "AISERVICES_OPT_OUT_POLICY"\n  content = jsonencode({\n    services = { default = { opt_out_policy = { "@@assign" = "optOut" } } }\n  })\n}\n\nresource "aws_organizations_policy_attachment" "ai_opt_out" {\n  policy_id = aws_organizations_policy.ai_opt_out.id\n  target_id = "<root-id>"\n}',
    nativeIaC:
      'Resources:\n  AiOptOut:\n    Type: AWS::Organizations::Policy\n    Properties:\n      Name: ai-services-opt-out\n      Type: AISERVICES_OPT_OUT_POLICY\n      TargetIds:\n        - <root-id>\n      Content:\n        services:\n          default:\n            opt_out_policy:\n              \'@@assign\': optOut',
  },
  uses: [organization, organizationPolicies],
  run(ctx) {
    const got = policiesOfType(ctx, 'AISERVICES_OPT_OUT_POLICY', 'The account is not in an Organization, so no AI services opt-out policy can apply.');
    if (!got) return;
    const good = got.policies.filter((p) => p.targets.length > 0 && optsOutByDefault(p.content));
    if (good.length) ctx.pass(got.resource, `AI services opt-out policy ${good.map((p) => p.name).join(', ')} opts all services out and is attached.`);
    else if (got.policies.some((p) => optsOutByDefault(p.content))) ctx.fail(got.resource, 'An AI services opt-out policy opting all services out exists but is not attached.');
    else ctx.fail(got.resource, 'No AI services opt-out policy opts all services out by default.');
  },
});

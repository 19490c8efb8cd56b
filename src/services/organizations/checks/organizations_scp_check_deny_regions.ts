import { defineCheck } from '../../../core/check.js';
import { parsePolicy } from '../../../lib/iam-policy/index.js';
import { organization, organizationPolicies } from '../collectors.js';
import { policiesOfType } from '../policy-checks.js';

/** Regions an SCP confines requests to: a Deny of (nearly) everything unless aws:RequestedRegion is listed. */
export function allowedRegions(content: unknown): string[] | undefined {
  for (const st of parsePolicy(content)) {
    if (st.effect !== 'Deny') continue;
    const broad = (st.actions ?? []).includes('*') || !!st.notActions;
    if (!broad) continue;
    const c = st.conditions.find((x) => x.key === 'aws:requestedregion' && /^string(not)(equals|like)/i.test(x.operator.replace(/ifexists$/i, '')));
    if (c) return c.values;
  }
  return undefined;
}

export default defineCheck({
  id: 'organizations_scp_check_deny_regions',
  title: 'A service control policy denies requests outside the approved regions',
  service: 'organizations',
  severity: 'high',
  resourceType: 'Other',
  categories: [],
  description:
    'Looks for an attached service control policy that denies requests whose aws:RequestedRegion is not in an allowed list. With organizations_enabled_regions set, the SCP must allow no region outside it.',
  risk: 'Without a region guardrail, attackers and mistakes can create resources in regions nobody monitors, and data can be stored outside approved jurisdictions.',
  remediation: {
    text: 'Attach to the root (or OUs) an SCP that denies all actions except global services when aws:RequestedRegion is not one of your approved regions.',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html#example-scp-deny-region',
    terraform:
      'resource "aws_organizations_policy" "deny_regions" {\n  name = "deny-unapproved-regions"\n  type = "SERVICE_CONTROL_POLICY"\n  content = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "DenyOutsideApprovedRegions"\n      Effect    = "Deny"\n      NotAction = ["iam:*", "organizations:*", "sts:*", "support:*", "cloudfront:*", "route53:*", "budgets:*"]\n      Resource  = "*"\n      Condition = { StringNotEquals = { "aws:RequestedRegion" = ["<approved-region-1>", "<approved-region-2>"] } }\n    }]\n  })\n}\n\nresource "aws_organizations_policy_attachment" "deny_regions" {\n  policy_id = aws_organizations_policy.deny_regions.id\n  target_id = "<root-or-ou-id>"\n}',
    nativeIaC:
      'Resources:\n  DenyOtherRegions:\n    Type: AWS::Organizations::Policy\n    Properties:\n      Name: deny-unapproved-regions\n      Type: SERVICE_CONTROL_POLICY\n      TargetIds:\n        - <root-or-ou-id>\n      Content:\n        Version: \'2012-10-17\'\n        Statement:\n          - Sid: DenyOutsideApprovedRegions\n            Effect: Deny\n            NotAction:\n              - iam:*\n              - organizations:*\n              - sts:*\n              - support:*\n              - cloudfront:*\n              - route53:*\n              - budgets:*\n            Resource: \'*\'\n            Condition:\n              StringNotEquals:\n                aws:RequestedRegion:\n                  - <approved-region-1>\n                  - <approved-region-2>',
  },
  params: { organizations_enabled_regions: [] as string[] },
  uses: [organization, organizationPolicies],
  run(ctx) {
    const got = policiesOfType(ctx, 'SERVICE_CONTROL_POLICY', 'The account is not in an Organization, so no service control policy can restrict regions.');
    if (!got) return;
    const approved = (ctx.params.organizations_enabled_regions as string[]).map((r) => r.toLowerCase());
    const limits = got.policies.filter((p) => p.targets.length > 0).map((p) => ({ p, regions: allowedRegions(p.content) })).filter((x) => x.regions);
    if (!limits.length) return ctx.fail(got.resource, 'No attached service control policy restricts the regions requests may target.');
    if (!approved.length) return ctx.pass(got.resource, `SCP ${limits[0].p.name} limits requests to ${limits[0].regions!.join(', ')}.`);
    const fit = limits.find((x) => x.regions!.every((r) => approved.includes(r.toLowerCase())));
    if (fit) ctx.pass(got.resource, `SCP ${fit.p.name} limits requests to ${fit.regions!.join(', ')}, within the approved regions.`);
    else ctx.fail(got.resource, `Region-restricting SCPs allow regions outside the approved list (${approved.join(', ')}): ${limits.map((x) => `${x.p.name}: ${x.regions!.join(', ')}`).join('; ')}.`);
  },
});

import { defineCheck } from '../../../core/check.js';
import { organization, organizationPolicies } from '../collectors.js';
import { policiesOfType } from '../policy-checks.js';

export default defineCheck({
  id: 'organizations_tags_policies_enabled_and_attached',
  title: 'The Organization has a tag policy attached',
  service: 'organizations',
  severity: 'low',
  resourceType: 'Other',
  categories: [],
  description: 'Checks that the Organization has at least one tag policy and that it is attached to the root, an organizational unit or an account.',
  risk: 'Without tag policies tag keys and values drift, so cost allocation, ownership and attribute-based access control that rely on tags become unreliable.',
  remediation: {
    text: 'Enable the tag policy type, write a tag policy for your standard keys and attach it to the root or the relevant OUs.',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_tag-policies.html',
    cli: 'aws organizations attach-policy --policy-id <policy-id> --target-id <root-or-ou-id>',
    terraform:
      'resource "aws_organizations_policy" "tags" {\n  name = "standard-tags"\n  type = "TAG_POLICY"\n  content = jsonencode({\n    tags = {\n      costcenter = {\n        tag_key      = { "@@assign" = "CostCenter" }\n        enforced_for = { "@@assign" = ["ec2:instance"] }\n      }\n    }\n  })\n}\n\nresource "aws_organizations_policy_attachment" "tags" {\n  policy_id = aws_organizations_policy.tags.id\n  target_id = "<root-or-ou-id>"\n}',
    nativeIaC:
      'Resources:\n  TagPolicy:\n    Type: AWS::Organizations::Policy\n    Properties:\n      Name: standard-tags\n      Type: TAG_POLICY\n      TargetIds:\n        - <root-or-ou-id>\n      Content:\n        tags:\n          costcenter:\n            tag_key:\n              \'@@assign\': CostCenter\n            enforced_for:\n              \'@@assign\':\n                - ec2:instance',
  },
  uses: [organization, organizationPolicies],
  run(ctx) {
    const got = policiesOfType(ctx, 'TAG_POLICY', 'The account is not in an Organization, so no tag policy can apply.');
    if (!got) return;
    const attachedOnes = got.policies.filter((p) => p.targets.length > 0);
    if (attachedOnes.length) ctx.pass(got.resource, `Tag polic${attachedOnes.length > 1 ? 'ies' : 'y'} ${attachedOnes.map((p) => p.name).join(', ')} ${attachedOnes.length > 1 ? 'are' : 'is'} attached.`);
    else if (got.policies.length) ctx.fail(got.resource, `Tag policies exist (${got.policies.map((p) => p.name).join(', ')}) but none is attached.`);
    else ctx.fail(got.resource, 'The Organization has no tag policy.');
  },
});

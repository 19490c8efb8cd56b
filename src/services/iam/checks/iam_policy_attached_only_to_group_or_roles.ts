import { defineCheck } from '../../../core/check.js';
import { authorizationDetails } from '../policies.js';

export default defineCheck({
  id: 'iam_policy_attached_only_to_group_or_roles',
  title: 'IAM users receive permissions only through groups or roles',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  description:
    'Flags IAM users that have managed policies attached directly or inline policies embedded in them, instead of inheriting permissions from groups or assumed roles.',
  risk:
    'Permissions scattered across individual users are hard to review and easy to forget when people change jobs, so users tend to accumulate access nobody intended them to keep.',
  remediation: {
    text: 'Move the permissions into a group (or a role the user assumes), add the user to it, then detach the managed policies and delete the inline policies from the user.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html',
    cli: 'aws iam detach-user-policy --user-name <user> --policy-arn <policy-arn> && aws iam delete-user-policy --user-name <user> --policy-name <inline-policy>',
    terraform:
      'resource "aws_iam_group" "team" {\n  name = "<team>"\n}\n\nresource "aws_iam_group_policy_attachment" "team" {\n  group      = aws_iam_group.team.name\n  policy_arn = "<policy-arn>"\n}\n\nresource "aws_iam_user_group_membership" "member" {\n  user   = "<user-name>"\n  groups = [aws_iam_group.team.name]\n}',
    nativeIaC:
      'Resources:\n  TeamGroup:\n    Type: AWS::IAM::Group\n    Properties:\n      GroupName: <team>\n      ManagedPolicyArns:\n        - <policy-arn>\n  TeamMembership:\n    Type: AWS::IAM::UserToGroupAddition\n    Properties:\n      GroupName: !Ref TeamGroup\n      Users:\n        - <user-name>',
  },
  uses: [authorizationDetails],
  run(ctx) {
    const details = ctx.global(authorizationDetails);
    if (!details.ok) return ctx.error(ctx.accountResource(), details.error);
    for (const u of details.data.users) {
      const resource = { arn: u.arn, id: u.name, name: u.name, region: ctx.homeRegion, ...(u.tags ? { tags: u.tags } : {}) };
      const parts: string[] = [];
      if (u.attachedPolicies.length) parts.push(`managed ${u.attachedPolicies.map((p) => p.name).join(', ')}`);
      if (u.inlinePolicies.length) parts.push(`inline ${u.inlinePolicies.join(', ')}`);
      if (parts.length) ctx.fail(resource, `User ${u.name} has policies attached directly: ${parts.join('; ')}.`);
      else ctx.pass(resource, `User ${u.name} has no policies attached directly.`);
    }
  },
});

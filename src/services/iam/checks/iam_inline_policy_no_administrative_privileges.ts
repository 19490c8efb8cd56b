import { defineCheck } from '../../../core/check.js';
import { grantsFullAdmin } from '../../../lib/iam-policy/index.js';
import { judge, runInlinePolicyCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

const JUDGE = judge('grant full administrative privileges', (doc) => (grantsFullAdmin(doc) ? 'allows every action on every resource (full administrative privileges)' : null));

export default defineCheck({
  id: "iam_inline_policy_no_administrative_privileges",
  title: "Inline IAM policies do not grant full administrative privileges",
  service: 'iam',
  severity: "critical",
  resourceType: 'AwsIamPolicy',
  categories: ["identity-access"],
  description:
    "Flags inline policies of users, groups and roles that allow every action on every resource, directly or through NotAction that leaves IAM writes allowed.",
  risk: "An inline administrator grant gives one identity full control of the account; because it is embedded in the identity it is easy to overlook in reviews of managed policies.",
  remediation: {
    "text": "Replace the inline policy with a least-privilege policy listing only the services, actions and resources the identity needs.",
    "url": "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    "cli": "aws iam delete-user-policy --user-name <user> --policy-name <policy>",
    terraform:
      'resource "aws_iam_role_policy" "least_privilege" {\n  name = "least-privilege"\n  role = "<role-name>"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["<service>:<Action>"], Resource = "<resource-arn>" }]\n  })\n}',
    nativeIaC:
      'Resources:\n  ScopedInline:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: least-privilege\n      Roles:\n        - <role-name>\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Action:\n              - <service>:<Action>\n            Resource: <resource-arn>',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runInlinePolicyCheck(ctx, JUDGE);
  },
});

import { defineCheck } from '../../../core/check.js';
import { isAllowed } from '../../../lib/iam-policy/index.js';
import { judge, runCustomerPolicyCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

const JUDGE = judge('allow assuming every role', (doc) => (isAllowed(doc, 'sts:AssumeRole', '*') ? 'allows sts:AssumeRole on every resource ("*")' : null));

export default defineCheck({
  id: "iam_no_custom_policy_permissive_role_assumption",
  title: "Customer managed IAM policies do not allow assuming every role",
  service: 'iam',
  severity: "high",
  resourceType: 'AwsIamPolicy',
  categories: ["identity-access"],
  description:
    "Flags customer managed policies whose default version allows sts:AssumeRole (explicitly or through a wildcard) on every resource instead of on named roles.",
  risk: "Permission to assume any role lets the holder move into every role whose trust policy accepts the account, including more privileged ones and cross-account roles.",
  remediation: {
    "text": "List the ARNs of the roles the identity must assume in the Resource element of the statement allowing sts:AssumeRole.",
    "url": "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    "cli": "aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped.json --set-as-default",
    terraform:
      'resource "aws_iam_policy" "assume_named_roles" {\n  name = "assume-named-roles"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Resource = ["arn:aws:iam::<account-id>:role/<role-name>"] }]\n  })\n}',
    nativeIaC:
      'Resources:\n  AssumeNamedRoles:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Action: sts:AssumeRole\n            Resource:\n              - arn:aws:iam::<account-id>:role/<role-name>',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runCustomerPolicyCheck(ctx, JUDGE);
  },
});

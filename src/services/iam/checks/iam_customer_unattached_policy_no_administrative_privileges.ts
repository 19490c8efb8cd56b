import { defineCheck } from '../../../core/check.js';
import { grantsFullAdmin } from '../../../lib/iam-policy/index.js';
import { judge, runCustomerPolicyCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

const JUDGE = judge('grant full administrative privileges', (doc) => (grantsFullAdmin(doc) ? 'allows every action on every resource (full administrative privileges)' : null));

export default defineCheck({
  id: "iam_customer_unattached_policy_no_administrative_privileges",
  title: "Unattached customer managed policies do not grant full administrative privileges",
  service: 'iam',
  severity: "medium",
  resourceType: 'AwsIamPolicy',
  categories: ["identity-access"],
  description:
    "Flags customer managed policies that are attached to nothing but whose default version allows every action on every resource.",
  risk: "An unused administrator policy is one attachment away from granting full control, and anyone allowed to attach policies can use it to escalate.",
  remediation: {
    "text": "Delete the unused policy, or rewrite it to least privilege before it is attached anywhere.",
    "url": "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    "cli": "aws iam delete-policy --policy-arn <policy-arn>",
    terraform:
      'resource "aws_iam_policy" "scoped" {\n  name = "<policy-name>"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["<service>:<Action>"], Resource = "<resource-arn>" }]\n  })\n}',
    nativeIaC:
      'Resources:\n  ScopedPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Action:\n              - <service>:<Action>\n            Resource: <resource-arn>',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runCustomerPolicyCheck(ctx, JUDGE, { unattachedOnly: true });
  },
});

import { defineCheck } from '../../../core/check.js';
import { escalationPaths } from '../../../lib/iam-policy/index.js';
import { judge, runCustomerPolicyCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

const JUDGE = judge('allow privilege escalation', (doc) => {
  const paths = escalationPaths(doc);
  if (!paths.length) return null;
  const shown = paths.slice(0, 3).map((p) => `${p.actions.join(' + ')} (${p.how})`);
  const more = paths.length > 3 ? ` and ${paths.length - 3} more combinations` : '';
  return `allows privilege escalation: ${shown.join('; ')}${more}`;
});

export default defineCheck({
  id: "iam_policy_allows_privilege_escalation",
  title: "Customer managed IAM policies do not allow privilege escalation",
  service: 'iam',
  severity: "high",
  resourceType: 'AwsIamPolicy',
  categories: ["identity-access", "privilege-escalation"],
  description:
    "Evaluates the default version of every customer managed policy against a table of documented privilege escalation combinations and flags those that allow a full combination.",
  risk: "A principal that can rewrite its own permissions, create credentials for others or run code as a more privileged role can turn a limited foothold into administrator access without anyone granting it.",
  remediation: {
    "text": "Remove the escalating actions or scope them to resources that cannot be used to gain privileges (for iam:PassRole, list the exact roles and add an iam:PassedToService condition), then set the new version as default.",
    "url": "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    "cli": "aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped.json --set-as-default",
    terraform:
      'resource "aws_iam_policy" "pass_one_role" {\n  name = "pass-one-role"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Action    = "iam:PassRole"\n      Resource  = "arn:aws:iam::<account-id>:role/<workload-role>"\n      Condition = { StringEquals = { "iam:PassedToService" = "<service>.amazonaws.com" } }\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  ScopedPassRole:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Action: iam:PassRole\n            Resource: arn:aws:iam::<account-id>:role/<workload-role>\n            Condition:\n              StringEquals:\n                iam:PassedToService: <service>.amazonaws.com',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runCustomerPolicyCheck(ctx, JUDGE);
  },
});

import { defineCheck } from '../../../core/check.js';
import { allowsFullServiceAccess } from '../../../lib/iam-policy/index.js';
import { judge, runInlinePolicyCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

const JUDGE = judge('allow every KMS action', (doc) => (allowsFullServiceAccess(doc, 'kms') ? 'allows every KMS action (kms:*) on every resource' : null));

export default defineCheck({
  id: "iam_inline_policy_no_full_access_to_kms",
  title: "Inline IAM policies do not allow every KMS action",
  service: 'iam',
  severity: "medium",
  resourceType: 'AwsIamPolicy',
  categories: ["identity-access"],
  description:
    "Flags inline policies that allow all KMS actions (kms:* or a broader wildcard) on every resource with no Deny carving any of them out.",
  risk: "Full KMS access lets an identity decrypt data under any key its key policies allow, disable keys or schedule their deletion, which can make encrypted data unrecoverable.",
  remediation: {
    "text": "Grant only the KMS actions needed, on the specific key ARNs, and keep key administration separate from key use.",
    "url": "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    terraform:
      'resource "aws_iam_role_policy" "kms_use" {\n  name = "kms-use"\n  role = "<role-name>"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"], Resource = "arn:aws:kms:<region>:<account-id>:key/<key-id>" }]\n  })\n}',
    nativeIaC:
      'Resources:\n  KmsUse:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: kms-use\n      Roles:\n        - <role-name>\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Action:\n              - kms:Encrypt\n              - kms:Decrypt\n              - kms:GenerateDataKey\n            Resource: arn:aws:kms:<region>:<account-id>:key/<key-id>',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runInlinePolicyCheck(ctx, JUDGE);
  },
});

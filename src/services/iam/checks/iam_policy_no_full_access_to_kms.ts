import { defineCheck } from '../../../core/check.js';
import { allowsFullServiceAccess } from '../../../lib/iam-policy/index.js';
import { judge, runCustomerPolicyCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

const JUDGE = judge('allow every KMS action', (doc) => (allowsFullServiceAccess(doc, 'kms') ? 'allows every KMS action (kms:*) on every resource' : null));

export default defineCheck({
  id: "iam_policy_no_full_access_to_kms",
  title: "Customer managed IAM policies do not allow every KMS action",
  service: 'iam',
  severity: "medium",
  resourceType: 'AwsIamPolicy',
  categories: ["identity-access"],
  description:
    "Flags customer managed policies whose default version allows all KMS actions on every resource with no Deny carving any of them out.",
  risk: "Full KMS access lets an identity decrypt data under any key its key policies allow, disable keys or schedule their deletion.",
  remediation: {
    "text": "Grant only the KMS actions needed, on specific key ARNs, and separate key administration from key use.",
    "url": "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    "cli": "aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped.json --set-as-default",
    terraform:
      'resource "aws_iam_policy" "kms_use" {\n  name = "kms-use"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"], Resource = "arn:aws:kms:<region>:<account-id>:key/<key-id>" }]\n  })\n}',
    nativeIaC:
      'Resources:\n  KmsUse:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Action:\n              - kms:Encrypt\n              - kms:Decrypt\n              - kms:GenerateDataKey\n            Resource: arn:aws:kms:<region>:<account-id>:key/<key-id>',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runCustomerPolicyCheck(ctx, JUDGE);
  },
});

import { defineCheck } from '../../../core/check.js';
import { allowsFullServiceAccess } from '../../../lib/iam-policy/index.js';
import { judge, runCustomerPolicyCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

const JUDGE = judge('allow every CloudTrail action', (doc) => (allowsFullServiceAccess(doc, 'cloudtrail') ? 'allows every CloudTrail action (cloudtrail:*) on every resource' : null));

export default defineCheck({
  id: "iam_policy_no_full_access_to_cloudtrail",
  title: "Customer managed IAM policies do not allow every CloudTrail action",
  service: 'iam',
  severity: "medium",
  resourceType: 'AwsIamPolicy',
  categories: ["identity-access"],
  description:
    "Flags customer managed policies whose default version allows all CloudTrail actions on every resource with no Deny carving any of them out.",
  risk: "Whoever may perform every CloudTrail action can stop, delete or redirect the audit trails that would record their other activity.",
  remediation: {
    "text": "Grant only the CloudTrail actions needed and keep StopLogging, DeleteTrail and UpdateTrail with the security team.",
    "url": "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    "cli": "aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped.json --set-as-default",
    terraform:
      'resource "aws_iam_policy" "cloudtrail_read" {\n  name = "cloudtrail-read"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["cloudtrail:LookupEvents", "cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus"], Resource = "*" }]\n  })\n}',
    nativeIaC:
      'Resources:\n  CloudTrailReadOnly:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Action:\n              - cloudtrail:LookupEvents\n              - cloudtrail:DescribeTrails\n              - cloudtrail:GetTrailStatus\n            Resource: \'*\'',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runCustomerPolicyCheck(ctx, JUDGE);
  },
});

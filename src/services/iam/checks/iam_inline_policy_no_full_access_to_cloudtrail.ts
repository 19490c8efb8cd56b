import { defineCheck } from '../../../core/check.js';
import { allowsFullServiceAccess } from '../../../lib/iam-policy/index.js';
import { judge, runInlinePolicyCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

const JUDGE = judge('allow every CloudTrail action', (doc) => (allowsFullServiceAccess(doc, 'cloudtrail') ? 'allows every CloudTrail action (cloudtrail:*) on every resource' : null));

export default defineCheck({
  id: "iam_inline_policy_no_full_access_to_cloudtrail",
  title: "Inline IAM policies do not allow every CloudTrail action",
  service: 'iam',
  severity: "high",
  resourceType: 'AwsIamPolicy',
  categories: ["identity-access"],
  description:
    "Flags inline policies that allow all CloudTrail actions (cloudtrail:* or a broader wildcard) on every resource with no Deny carving any of them out.",
  risk: "Whoever may perform every CloudTrail action can stop, delete or redirect the audit trails that would record their other activity.",
  remediation: {
    "text": "Grant only the CloudTrail actions the identity needs (for example read-only lookups) and keep StopLogging, DeleteTrail and UpdateTrail with the security team.",
    "url": "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    terraform:
      'resource "aws_iam_role_policy" "cloudtrail_read" {\n  name = "cloudtrail-read"\n  role = "<role-name>"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["cloudtrail:LookupEvents", "cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus"], Resource = "*" }]\n  })\n}',
    nativeIaC:
      'Resources:\n  CloudTrailReadOnly:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: cloudtrail-read\n      Roles:\n        - <role-name>\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Action:\n              - cloudtrail:LookupEvents\n              - cloudtrail:DescribeTrails\n              - cloudtrail:GetTrailStatus\n            Resource: \'*\'',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runInlinePolicyCheck(ctx, JUDGE);
  },
});

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
    "cli": "aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped.json --set-as-default"
  },
  uses: [authorizationDetails],
  run(ctx) {
    runCustomerPolicyCheck(ctx, JUDGE);
  },
});

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
    "url": "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"
  },
  uses: [authorizationDetails],
  run(ctx) {
    runInlinePolicyCheck(ctx, JUDGE);
  },
});

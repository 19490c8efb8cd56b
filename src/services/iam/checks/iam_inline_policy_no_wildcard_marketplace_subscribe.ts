import { defineCheck } from '../../../core/check.js';
import { isAllowed } from '../../../lib/iam-policy/index.js';
import { judge, runInlinePolicyCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

const JUDGE = judge('allow AWS Marketplace subscriptions on every product', (doc) => (isAllowed(doc, 'aws-marketplace:Subscribe', '*') ? 'allows aws-marketplace:Subscribe on every resource' : null));

export default defineCheck({
  id: "iam_inline_policy_no_wildcard_marketplace_subscribe",
  title: "Inline IAM policies do not allow AWS Marketplace subscriptions on every product",
  service: 'iam',
  severity: "medium",
  resourceType: 'AwsIamPolicy',
  categories: ["gen-ai", "identity-access"],
  description:
    "Flags inline policies that allow aws-marketplace:Subscribe (explicitly or through a wildcard action) on every resource.",
  risk: "Marketplace subscriptions start billing and, for Amazon Bedrock third-party models, open access to new models; an unscoped grant lets the identity subscribe to any product.",
  remediation: {
    "text": "Remove aws-marketplace:Subscribe from the policy or restrict it with the aws-marketplace:ProductId condition to approved products.",
    "url": "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    terraform:
      'resource "aws_iam_role_policy" "marketplace_approved" {\n  name = "marketplace-approved-products"\n  role = "<role-name>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Action    = "aws-marketplace:Subscribe"\n      Resource  = "*"\n      Condition = { "ForAllValues:StringEquals" = { "aws-marketplace:ProductId" = ["<approved-product-id>"] } }\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  MarketplaceApproved:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: marketplace-approved-products\n      Roles:\n        - <role-name>\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Action: aws-marketplace:Subscribe\n            Resource: \'*\'\n            Condition:\n              ForAllValues:StringEquals:\n                aws-marketplace:ProductId:\n                  - <approved-product-id>',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runInlinePolicyCheck(ctx, JUDGE);
  },
});

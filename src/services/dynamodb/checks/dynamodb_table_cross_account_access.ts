import { defineCheck } from '../../../core/check.js';
import { tablePolicies, tables } from '../collectors.js';
import { eachTableWith } from '../tables.js';
import { crossAccountGrants } from '../../../lib/cross-account.js';

export default defineCheck({
  id: 'dynamodb_table_cross_account_access',
  title: 'DynamoDB table policies do not grant access to other accounts',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AwsDynamoDbTable',
  categories: ['trust-boundaries'],
  description:
    'Analyses each table resource policy for Allow statements to principals of other AWS accounts (not in trusted_account_ids) or to everyone without a condition narrowing callers to this account, an organization or a network.',
  risk: 'Another account with access to the table can read or change its items outside your control.',
  remediation: {
    text: 'Remove statements granting other accounts access, or list reviewed partner accounts in trusted_account_ids.',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html',
    cli: 'aws dynamodb delete-resource-policy --resource-arn <table-arn>',
    terraform:
      'resource "aws_dynamodb_resource_policy" "this" {\n  resource_arn = "<table-arn>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::<trusted-account-id>:role/<reader-role>" }\n      Action    = ["dynamodb:GetItem", "dynamodb:Query"]\n      Resource  = "<table-arn>"\n    }]\n  })\n}',
  },
  params: { trusted_account_ids: [] as string[] },
  uses: [tables, tablePolicies],
  run(ctx) {
    eachTableWith(ctx, tablePolicies, (t, policy, r) => {
      if (policy === null) {
        ctx.pass(r, `DynamoDB table ${t.name} has no resource policy.`);
        return;
      }
      const grants = crossAccountGrants(policy, ctx.account.accountId, ctx.params.trusted_account_ids);
      if (!grants) ctx.error(r, { kind: 'Failed', code: 'UnparseablePolicy', operation: 'dynamodb:GetResourcePolicy', message: 'not valid JSON' }, `Could not evaluate DynamoDB table ${t.name}: its policy is not valid JSON.`);
      else if (grants.length === 0) ctx.pass(r, `DynamoDB table ${t.name} policy grants access only within the account.`);
      else ctx.fail(r, `DynamoDB table ${t.name} policy grants access to ${[...new Set(grants.flatMap((g) => g.accounts))].map((a) => (a === '*' ? 'everyone' : `account ${a}`)).join(', ')}.`);
    });
  },
});

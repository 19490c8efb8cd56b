import { defineCheck } from '../../../core/check.js';
import { functions } from '../collectors.js';
import { accountOf, eachFunction } from '../helpers.js';

export default defineCheck({
  id: 'awslambda_function_using_cross_account_layers',
  title: 'Lambda functions use only layers published by this account or trusted accounts',
  service: 'awslambda',
  severity: 'high',
  resourceType: 'AwsLambdaFunction',
  categories: ['trust-boundaries'],
  description:
    'Reports each Lambda function that uses a layer version published by another AWS account that is not in trusted_account_ids.',
  risk:
    'Layer code runs inside the function with its role and data. A layer owned by another account is code whose content and publication you do not control; if that account is compromised or careless, new versions it publishes can carry malicious code into your functions when they are updated.',
  remediation: {
    text: 'Publish the layers your functions need in your own account (after reviewing them), or add the publishing accounts you trust, such as AWS\'s own extension accounts, to trusted_account_ids.',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html',
    cli: 'aws lambda update-function-configuration --function-name <function-name> --layers <own-layer-version-arn>',
    terraform:
      'resource "aws_lambda_function" "this" {\n  function_name = "<name>"\n  role          = "<function-role-arn>"\n  filename      = "<package.zip>"\n  layers        = ["arn:aws:lambda:<region>:<own-account-id>:layer:<reviewed-layer>:<version>"]\n}',
    nativeIaC:
      'Resources:\n  Function:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: <function-role-arn>\n      Code:\n        ZipFile: <code>\n      Layers:\n        - !Sub arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:layer:<reviewed-layer>:<version>',
  },
  uses: [functions],
  params: { trusted_account_ids: [] as string[] },
  run(ctx) {
    const trusted = new Set([ctx.account.accountId, ...ctx.params.trusted_account_ids]);
    for (const { fn, resource } of eachFunction(ctx)) {
      const foreign = (fn.layers ?? []).filter((arn) => !trusted.has(accountOf(arn)));
      if (foreign.length) ctx.fail(resource, `Lambda function ${fn.name} uses layer${foreign.length > 1 ? 's' : ''} from other accounts: ${foreign.join(', ')}.`);
      else if (fn.layers?.length) ctx.pass(resource, `Lambda function ${fn.name} uses only layers from this account or trusted accounts.`);
      else ctx.pass(resource, `Lambda function ${fn.name} uses no layers.`);
    }
  },
});

import { defineCheck } from '../../../core/check.js';
import { functions, subnetZones } from '../collectors.js';
import { eachFunction } from '../helpers.js';
import { describeCallError } from '../../../aws/errors.js';

export default defineCheck({
  id: 'awslambda_function_vpc_multi_az',
  title: 'Lambda functions attached to a VPC use subnets in several availability zones',
  service: 'awslambda',
  severity: 'medium',
  resourceType: 'AwsLambdaFunction',
  categories: ['resilience'],
  description:
    'For every Lambda function attached to a VPC, counts the distinct availability zones of its subnets and reports whether it reaches lambda_min_azs. Functions outside a VPC are not reported (Lambda runs them across zones itself).',
  risk:
    'A VPC function whose subnets are all in one zone stops running when that zone is impaired, although Lambda itself would keep serving from the others.',
  remediation: {
    text: 'Add subnets from at least two availability zones to the function\'s VPC configuration.',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/security-resilience.html',
    cli: 'aws lambda update-function-configuration --function-name <function-name> --vpc-config SubnetIds=<subnet-in-az-a>,<subnet-in-az-b>,SecurityGroupIds=<sg-id>',
    terraform:
      'resource "aws_lambda_function" "this" {\n  function_name = "<name>"\n  role          = "<function-role-arn>"\n  filename      = "<package.zip>"\n  vpc_config {\n    subnet_ids         = ["<subnet-in-az-a>", "<subnet-in-az-b>"]\n    security_group_ids = ["<sg-id>"]\n  }\n}',
    nativeIaC:
      'Resources:\n  Function:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: <function-role-arn>\n      Code:\n        ZipFile: <code>\n      VpcConfig:\n        SubnetIds:\n          - <subnet-in-az-a>\n          - <subnet-in-az-b>\n        SecurityGroupIds:\n          - <sg-id>',
  },
  uses: [functions, subnetZones],
  params: { lambda_min_azs: 2 },
  run(ctx) {
    const zones = new Map(ctx.regional(subnetZones).map(({ region, result }) => [region, result]));
    for (const { region, fn, resource } of eachFunction(ctx)) {
      if (!fn.vpcId) continue;
      const z = zones.get(region)!;
      if (!z.ok) {
        ctx.error(resource, z.error, `Could not read the subnets of Lambda function ${fn.name}: ${describeCallError(z.error)}.`);
        continue;
      }
      const azs = new Set((fn.subnetIds ?? []).flatMap((s) => (z.data[s] ? [z.data[s]] : [])));
      const list = [...azs].sort().join(', ') || 'none found';
      if (azs.size >= ctx.params.lambda_min_azs) ctx.pass(resource, `Lambda function ${fn.name} uses subnets in ${azs.size} availability zones (${list}).`);
      else ctx.fail(resource, `Lambda function ${fn.name} uses subnets in ${azs.size} availability zone${azs.size === 1 ? '' : 's'} (${list}), fewer than ${ctx.params.lambda_min_azs}.`);
    }
  },
});

import { defineCheck } from '../../../core/check.js';
import { functions } from '../collectors.js';
import { eachFunction } from '../helpers.js';

export default defineCheck({
  id: 'awslambda_function_inside_vpc',
  title: 'Lambda functions are attached to a VPC',
  service: 'awslambda',
  severity: 'low',
  resourceType: 'AwsLambdaFunction',
  categories: ['trust-boundaries'],
  description:
    'Reports whether each Lambda function is configured with VPC subnets and security groups, so its network traffic leaves through a VPC that the account controls instead of the Lambda service network.',
  risk:
    'A function outside a VPC reaches the internet directly and cannot be restricted by security groups, network ACLs, VPC endpoints or flow logs; private resources must then be exposed for it to reach them.',
  remediation: {
    text: 'Attach the function to private subnets of a VPC (with a NAT gateway or VPC endpoints for the AWS services it calls) and give it a security group that allows only the traffic it needs.',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
    cli: 'aws lambda update-function-configuration --function-name <function-name> --vpc-config SubnetIds=<subnet-a>,<subnet-b>,SecurityGroupIds=<sg-id>',
    terraform: 'resource "aws_lambda_function" "fn" {\n  # ...\n  vpc_config {\n    subnet_ids         = var.private_subnet_ids\n    security_group_ids = [aws_security_group.fn.id]\n  }\n}',
    nativeIaC:
      'Resources:\n  Function:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: <function-role-arn>\n      Code:\n        ZipFile: <code>\n      VpcConfig:\n        SubnetIds:\n          - <private-subnet-a>\n          - <private-subnet-b>\n        SecurityGroupIds:\n          - <sg-id>',
  },
  uses: [functions],
  run(ctx) {
    for (const { fn, resource } of eachFunction(ctx)) {
      if (fn.vpcId) ctx.pass(resource, `Lambda function ${fn.name} is attached to VPC ${fn.vpcId}.`);
      else ctx.fail(resource, `Lambda function ${fn.name} is not attached to a VPC.`);
    }
  },
});

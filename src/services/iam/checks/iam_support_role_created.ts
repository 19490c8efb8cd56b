import { defineCheck } from '../../../core/check.js';
import { authorizationDetails } from '../policies.js';
import { describeAttachments, managedPolicyAttachments } from '../policy-checks.js';

const POLICY = 'AWSSupportAccess';

export default defineCheck({
  id: 'iam_support_role_created',
  title: 'An IAM role with the AWSSupportAccess policy exists for managing AWS Support cases',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsIamRole',
  categories: ['identity-access'],
  description:
    'Checks that at least one IAM role has the AWS managed policy AWSSupportAccess attached, so that incidents can be raised and followed with AWS Support without using root or administrator credentials.',
  risk:
    'Without a dedicated support role, opening a support case during an incident requires broad credentials or the root user, which slows the response and widens the use of privileged access.',
  remediation: {
    text: 'Create a role that trusted users (or your identity provider) can assume and attach the AWS managed policy AWSSupportAccess to it.',
    url: 'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
    cli: 'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json && aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    terraform:
      'resource "aws_iam_role" "support" {\n  name = "aws-support"\n  assume_role_policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::<account-id>:root" }, Action = "sts:AssumeRole" }]\n  })\n}\n\nresource "aws_iam_role_policy_attachment" "support" {\n  role       = aws_iam_role.support.name\n  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"\n}',
    nativeIaC:
      'Resources:\n  SupportRole:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: aws-support\n      AssumeRolePolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: \'arn:aws:iam::<account-id>:root\' }\n            Action: sts:AssumeRole\n      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/AWSSupportAccess',
  },
  uses: [authorizationDetails],
  run(ctx) {
    const found = managedPolicyAttachments(ctx, POLICY);
    if (!found) return;
    const { resource, attached } = found;
    const roles = attached.filter((a) => a.kind === 'role');
    if (roles.length) {
      ctx.pass(resource, `AWS managed policy ${POLICY} is attached to ${describeAttachments(roles)}.`);
    } else if (attached.length) {
      ctx.fail(resource, `AWS managed policy ${POLICY} is attached only to ${describeAttachments(attached)}, not to any role.`);
    } else {
      ctx.fail(resource, `No IAM role has the AWS managed policy ${POLICY} attached.`);
    }
  },
});

import { defineCheck } from '../../../core/check.js';
import { runManagedPolicyHolderCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

export default defineCheck({
  id: 'iam_user_administrator_access_policy',
  title: 'IAM users do not have the AdministratorAccess policy attached directly',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  description: 'Reports every IAM user and flags those with the AWS managed AdministratorAccess policy attached directly to the user.',
  risk: 'A user with long-lived credentials and full administrator rights is the most valuable target in the account: one leaked password or access key hands over everything.',
  remediation: {
    text: 'Detach AdministratorAccess from the user. Give administrators a role they assume with MFA (or IAM Identity Center permission sets) and least-privilege day-to-day permissions.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    cli: 'aws iam detach-user-policy --user-name <user> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    terraform:
      '# remove the aws_iam_user_policy_attachment of AdministratorAccess and let the user assume this role with MFA\nresource "aws_iam_role" "admin" {\n  name                 = "admin"\n  max_session_duration = 3600\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::<account-id>:user/<admin-user>" }\n      Action    = "sts:AssumeRole"\n      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }\n    }]\n  })\n}\n\nresource "aws_iam_role_policy_attachment" "admin" {\n  role       = aws_iam_role.admin.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}',
    nativeIaC:
      'Resources:\n  AdminRole:\n    Type: AWS::IAM::Role\n    Properties:\n      MaxSessionDuration: 3600\n      AssumeRolePolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: \'arn:aws:iam::<account-id>:user/<admin-user>\' }\n            Action: sts:AssumeRole\n            Condition:\n              Bool:\n                aws:MultiFactorAuthPresent: \'true\'\n      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runManagedPolicyHolderCheck(ctx, 'user', 'AdministratorAccess');
  },
});

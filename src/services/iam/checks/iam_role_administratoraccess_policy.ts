import { defineCheck } from '../../../core/check.js';
import { isServiceLinkedRole, runManagedPolicyHolderCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

export default defineCheck({
  id: 'iam_role_administratoraccess_policy',
  title: 'IAM roles do not have the AdministratorAccess policy attached',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamRole',
  categories: ['identity-access'],
  description:
    'Reports every IAM role the account manages (service-linked roles, which AWS owns, are skipped) and flags those with the AWS managed AdministratorAccess policy attached.',
  risk: 'Whoever or whatever can assume the role (a workload, a federated user, another account) gets unrestricted control of the account, so a compromise of any of them is account-wide.',
  remediation: {
    text: 'Replace AdministratorAccess with a policy scoped to the role\'s purpose. Where an administrator role is needed, restrict its trust policy to named principals and require MFA.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    terraform:
      'resource "aws_iam_role_policy" "scoped" {\n  name = "scoped"\n  role = "<role-name>"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["<service>:<Action>"], Resource = "<resource-arn>" }]\n  })\n}\n# and delete the aws_iam_role_policy_attachment of arn:aws:iam::aws:policy/AdministratorAccess',
    nativeIaC:
      'Resources:\n  AdminRole:\n    Type: AWS::IAM::Role\n    Properties:\n      MaxSessionDuration: 3600\n      AssumeRolePolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: \'arn:aws:iam::<account-id>:role/<named-admin-principal>\' }\n            Action: sts:AssumeRole\n            Condition:\n              Bool:\n                aws:MultiFactorAuthPresent: \'true\'\n      Policies:\n        - PolicyName: scoped\n          PolicyDocument:\n            Version: \'2012-10-17\'\n            Statement:\n              - Effect: Allow\n                Action:\n                  - <service>:<Action>\n                Resource: <resource-arn>',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runManagedPolicyHolderCheck(ctx, 'role', 'AdministratorAccess', { skip: isServiceLinkedRole });
  },
});

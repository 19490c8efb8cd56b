import { defineCheck } from '../../../core/check.js';
import { runManagedPolicyHolderCheck } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

export default defineCheck({
  id: 'iam_group_administrator_access_policy',
  title: 'IAM groups do not have the AdministratorAccess policy attached',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamGroup',
  categories: ['identity-access'],
  description: 'Reports every IAM group and flags those with the AWS managed AdministratorAccess policy attached, which makes every member a full administrator.',
  risk: 'Every user added to the group, now or later, gets unrestricted control of the account; group membership changes then become administrator grants that are easy to miss.',
  remediation: {
    text: 'Detach AdministratorAccess from the group and attach policies scoped to what its members do; keep administrator access in a role assumed with MFA for break-glass use.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html',
    cli: 'aws iam detach-group-policy --group-name <group> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    terraform:
      '# remove the aws_iam_group_policy_attachment of AdministratorAccess; keep admin rights in a role assumed with MFA\nresource "aws_iam_role" "break_glass_admin" {\n  name                 = "break-glass-admin"\n  max_session_duration = 3600\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::<account-id>:user/<admin-user>" }\n      Action    = "sts:AssumeRole"\n      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }\n    }]\n  })\n}\n\nresource "aws_iam_role_policy_attachment" "break_glass_admin" {\n  role       = aws_iam_role.break_glass_admin.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}',
    nativeIaC:
      'Resources:\n  AdminRole:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: break-glass-admin\n      MaxSessionDuration: 3600\n      AssumeRolePolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: \'arn:aws:iam::<account-id>:user/<admin-user>\' }\n            Action: sts:AssumeRole\n            Condition:\n              Bool:\n                aws:MultiFactorAuthPresent: \'true\'\n      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runManagedPolicyHolderCheck(ctx, 'group', 'AdministratorAccess');
  },
});

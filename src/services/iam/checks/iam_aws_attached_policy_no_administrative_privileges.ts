import { defineCheck } from '../../../core/check.js';
import { authorizationDetails } from '../policies.js';
import { runAdminPolicyCheck } from '../policy-checks.js';

export default defineCheck({
  id: 'iam_aws_attached_policy_no_administrative_privileges',
  title: 'Attached AWS managed policies do not grant full administrative privileges',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AwsIamPolicy',
  categories: ['identity-access'],
  description:
    'Looks at every AWS managed policy that is attached to a user, group or role and flags those whose default version allows all actions on all resources (such as AdministratorAccess).',
  risk:
    'An identity holding full administrative rights can change or delete anything in the account, including logging and other security controls, so a single leaked credential or mistake has unlimited impact.',
  remediation: {
    text: 'Detach administrative AWS managed policies and grant each user, group or role only the permissions its job needs; keep break-glass administrator access to a small, monitored set of roles.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    terraform:
      'resource "aws_iam_role_policy" "least_privilege" {\n  name = "least-privilege"\n  role = "<role-name>"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["<service>:<Action>"], Resource = "<resource-arn>" }]\n  })\n}\n# and remove the aws_iam_role_policy_attachment / aws_iam_user_policy_attachment of arn:aws:iam::aws:policy/AdministratorAccess',
    nativeIaC:
      'Resources:\n  AppRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { Service: <service>.amazonaws.com }\n            Action: sts:AssumeRole\n      ManagedPolicyArns: []  # no AdministratorAccess; grant scoped permissions instead\n      Policies:\n        - PolicyName: least-privilege\n          PolicyDocument:\n            Version: \'2012-10-17\'\n            Statement:\n              - Effect: Allow\n                Action:\n                  - <service>:<Action>\n                Resource: <resource-arn>',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runAdminPolicyCheck(ctx, true);
  },
});

import { defineCheck } from '../../../core/check.js';
import { authorizationDetails } from '../policies.js';
import { runAdminPolicyCheck } from '../policy-checks.js';

export default defineCheck({
  id: 'iam_customer_attached_policy_no_administrative_privileges',
  title: 'Attached customer managed policies do not grant full administrative privileges',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamPolicy',
  categories: ['identity-access'],
  description:
    'Looks at every customer managed policy that is attached to a user, group or role and flags those whose default version allows all actions on all resources.',
  risk:
    'Home-made policies with "*" actions on "*" resources give whoever holds them full control of the account, which defeats least privilege and makes any compromise of those identities account-wide.',
  remediation: {
    text: 'Rewrite the policy to list only the services, actions and resources that are needed (IAM Access Analyzer can generate a policy from CloudTrail activity), then publish it as the new default version.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-edit.html',
    cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://least-privilege.json --set-as-default',
    terraform:
      'resource "aws_iam_policy" "scoped" {\n  name = "<policy-name>"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["<service>:<Action>"], Resource = "<resource-arn>" }]\n  })\n}',
    nativeIaC:
      'Resources:\n  ScopedPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Action:\n              - <service>:<Action>\n            Resource: <resource-arn>',
  },
  uses: [authorizationDetails],
  run(ctx) {
    runAdminPolicyCheck(ctx, false);
  },
});

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
  },
  uses: [authorizationDetails],
  run(ctx) {
    runManagedPolicyHolderCheck(ctx, 'user', 'AdministratorAccess');
  },
});

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
  },
  uses: [authorizationDetails],
  run(ctx) {
    runManagedPolicyHolderCheck(ctx, 'role', 'AdministratorAccess', { skip: isServiceLinkedRole });
  },
});

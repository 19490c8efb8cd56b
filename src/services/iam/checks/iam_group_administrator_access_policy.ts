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
  },
  uses: [authorizationDetails],
  run(ctx) {
    runManagedPolicyHolderCheck(ctx, 'group', 'AdministratorAccess');
  },
});

import { defineCheck } from '../../../core/check.js';
import { externalTrust, otherAccountTrust } from '../../../lib/iam-policy/index.js';
import { organization, organizationAccounts } from '../../organizations/collectors.js';
import { isServiceLinkedRole, trustContext } from '../identity-checks.js';
import { authorizationDetails } from '../policies.js';

export default defineCheck({
  id: 'iam_role_cross_account_readonlyaccess_policy',
  title: 'Roles with ReadOnlyAccess cannot be assumed from outside accounts',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamRole',
  categories: ['trust-boundaries', 'identity-access'],
  description:
    'For every role with the AWS managed ReadOnlyAccess policy attached, checks whether its trust policy lets accounts outside this one assume it. Accounts in trusted_account_ids and, when the account list is readable, accounts of the same Organization are not outsiders; a condition on aws:PrincipalOrgID or aws:PrincipalAccount confining callers to them also counts.',
  risk:
    'ReadOnlyAccess reads nearly everything, including data in S3, DynamoDB and other stores; handing it to an outside account exposes the whole account\'s contents to that party and to whoever compromises it.',
  remediation: {
    text: 'Remove outside accounts from the trust policy, or replace ReadOnlyAccess with a narrower policy (for example SecurityAudit or ViewOnlyAccess) and add sts:ExternalId and aws:PrincipalOrgID conditions where third parties must assume the role.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
    terraform:
      'resource "aws_iam_role" "audit" {\n  name = "<role-name>"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::<auditor-account-id>:root" }\n      Action    = "sts:AssumeRole"\n      Condition = { StringEquals = { "sts:ExternalId" = "<external-id>" } }\n    }]\n  })\n}\n\nresource "aws_iam_role_policy_attachment" "audit" {\n  role       = aws_iam_role.audit.name\n  policy_arn = "arn:aws:iam::aws:policy/SecurityAudit"\n}',
    nativeIaC:
      'Resources:\n  AuditRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: \'arn:aws:iam::<auditor-account-id>:root\' }\n            Action: sts:AssumeRole\n            Condition:\n              StringEquals:\n                sts:ExternalId: <external-id>\n      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/SecurityAudit',
  },
  params: { trusted_account_ids: [] as string[] },
  uses: [authorizationDetails, organization, organizationAccounts],
  run(ctx) {
    const details = ctx.global(authorizationDetails);
    if (!details.ok) return ctx.error(ctx.accountResource(), details.error);
    const t = trustContext(ctx);
    const readOnly = `arn:${ctx.account.partition}:iam::aws:policy/ReadOnlyAccess`;
    for (const r of details.data.roles) {
      if (isServiceLinkedRole(r) || !r.attachedPolicies.some((p) => p.arn === readOnly)) continue;
      const resource = { arn: r.arn, id: r.name, name: r.name, region: ctx.homeRegion };
      const outside = [...new Set(externalTrust(r.trustPolicy, t).map((e) => (e.account === '*' ? 'everyone (*)' : e.account)))];
      if (outside.length) {
        ctx.fail(resource, `Role ${r.name} has ReadOnlyAccess and can be assumed from outside accounts: ${outside.join(', ')}.`);
        continue;
      }
      const others = otherAccountTrust(r.trustPolicy, t);
      const note = others.length ? ` (other accounts it trusts are ${others.map((o) => `${o.account} (${o.relation})`).join(', ')})` : '';
      ctx.pass(resource, `Role ${r.name} has ReadOnlyAccess but no account outside this one, the trusted accounts or the Organization can assume it${note}.`);
    }
  },
});

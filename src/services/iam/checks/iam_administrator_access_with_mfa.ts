import { defineCheck } from '../../../core/check.js';
import { credentialReport } from '../collectors.js';
import { authorizationDetails } from '../policies.js';

export default defineCheck({
  id: 'iam_administrator_access_with_mfa',
  title: 'Members of groups with AdministratorAccess have MFA enabled',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamGroup',
  categories: ['identity-access'],
  description:
    'For every IAM group with the AWS managed AdministratorAccess policy attached, checks that each member user has an MFA device (from the credential report). Groups without that policy are not reported.',
  risk: 'An administrator whose sign-in relies on a password alone loses the whole account to one phished or reused password.',
  remediation: {
    text: 'Enable MFA for every member of administrator groups (a FIDO security key or hardware token where possible), or remove them from the group. Add a policy that denies actions when aws:MultiFactorAuthPresent is false.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
    cli: 'aws iam enable-mfa-device --user-name <user> --serial-number <device-arn> --authentication-code1 <code> --authentication-code2 <code>',
    terraform:
      'resource "aws_iam_group_policy" "deny_without_mfa" {\n  name  = "deny-without-mfa"\n  group = "<admin-group-name>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "DenyAllWithoutMFA"\n      Effect    = "Deny"\n      NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "iam:GetUser", "sts:GetSessionToken"]\n      Resource  = "*"\n      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  DenyWithoutMfa:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      Description: Deny everything but MFA self-service to administrators who signed in without MFA\n      Groups:\n        - <admin-group-name>\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Sid: DenyAllWithoutMFA\n            Effect: Deny\n            NotAction:\n              - iam:CreateVirtualMFADevice\n              - iam:EnableMFADevice\n              - iam:ListMFADevices\n              - iam:GetUser\n              - sts:GetSessionToken\n            Resource: \'*\'\n            Condition:\n              BoolIfExists:\n                aws:MultiFactorAuthPresent: \'false\'',
  },
  uses: [authorizationDetails, credentialReport],
  run(ctx) {
    const details = ctx.global(authorizationDetails);
    if (!details.ok) return ctx.error(ctx.accountResource(), details.error);
    const adminArn = `arn:${ctx.account.partition}:iam::aws:policy/AdministratorAccess`;
    const groups = details.data.groups.filter((g) => g.attachedPolicies.some((p) => p.arn === adminArn));
    if (!groups.length) return;
    const report = ctx.global(credentialReport);
    for (const g of groups) {
      const resource = { arn: g.arn, id: g.name, name: g.name, region: ctx.homeRegion };
      const members = details.data.users.filter((u) => u.groups.includes(g.name));
      if (!report.ok) {
        if (members.length) ctx.error(resource, report.error);
        else ctx.pass(resource, `Group ${g.name} has AdministratorAccess but no members.`);
        continue;
      }
      const mfa = new Map(report.data.users.map((r) => [r.arn, r.mfaActive]));
      const without = members.filter((u) => mfa.get(u.arn) !== true).map((u) => u.name);
      if (without.length) ctx.fail(resource, `Group ${g.name} has AdministratorAccess and member${without.length > 1 ? 's' : ''} ${without.join(', ')} ha${without.length > 1 ? 've' : 's'} no MFA device.`);
      else ctx.pass(resource, `Group ${g.name} has AdministratorAccess and all ${members.length} member(s) have MFA enabled.`);
    }
  },
});

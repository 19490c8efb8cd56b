import { defineCheck } from '../../../core/check.js';
import { credentialReport } from '../collectors.js';
import { reportUsers, userResource } from '../credentials.js';

export default defineCheck({
  id: 'iam_user_mfa_enabled_console_access',
  title: 'IAM users with a console password have MFA enabled',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  description: 'For every IAM user that has a console password, checks in the credential report that an MFA device is active. Users without a password are not evaluated.',
  risk: 'A console user without MFA is one leaked or guessed password away from an attacker acting with all of that user’s permissions.',
  remediation: {
    text: 'Have each console user register an MFA device (preferably a FIDO security key), and deny actions without MFA until they do; or move people to IAM Identity Center.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
    cli: 'aws iam list-mfa-devices --user-name <user>',
    terraform:
      'resource "aws_iam_group_policy" "deny_without_mfa" {\n  name  = "deny-without-mfa"\n  group = "<console-users-group>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "DenyAllWithoutMFA"\n      Effect    = "Deny"\n      NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "iam:GetUser", "iam:ChangePassword", "sts:GetSessionToken"]\n      Resource  = "*"\n      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  DenyWithoutMfa:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      Groups:\n        - <console-users-group>\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Sid: DenyAllWithoutMFA\n            Effect: Deny\n            NotAction:\n              - iam:CreateVirtualMFADevice\n              - iam:EnableMFADevice\n              - iam:ListMFADevices\n              - iam:GetUser\n              - iam:ChangePassword\n              - sts:GetSessionToken\n            Resource: \'*\'\n            Condition:\n              BoolIfExists:\n                aws:MultiFactorAuthPresent: \'false\'',
  },
  uses: [credentialReport],
  run(ctx) {
    const users = reportUsers(ctx);
    for (const u of users ?? []) {
      if (!u.passwordEnabled) continue;
      if (u.mfaActive) ctx.pass(userResource(ctx, u), `User ${u.user} has a console password and MFA enabled.`);
      else ctx.fail(userResource(ctx, u), `User ${u.user} has a console password but no MFA device.`);
    }
  },
});

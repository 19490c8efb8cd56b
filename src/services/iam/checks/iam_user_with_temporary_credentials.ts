import { defineCheck } from '../../../core/check.js';
import { authorizationDetails } from '../policies.js';
import { serviceLastAccessed } from '../last-accessed.js';

/** Services a user needs its own credentials for when it works through roles: managing itself and assuming them. */
const ROLE_PATH_SERVICES = new Set(['iam', 'sts']);

export default defineCheck({
  id: 'iam_user_with_temporary_credentials',
  title: 'IAM users work through roles (temporary credentials), not with their own long-term credentials',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamUser',
  categories: ['identity-access', 'secrets'],
  description:
    'Uses IAM service last accessed data (GenerateServiceLastAccessedDetails) to find users whose own credentials (access keys or console password) were used to call services other than IAM and STS. A user that only assumes roles shows activity in STS alone; any other service means its long-term credentials act on resources directly.',
  risk:
    'Long-term access keys do not expire: leaked from a laptop, a repository or a log, they keep working until someone notices. Permissions reached through roles are granted per session, expire within hours, and can require MFA or an external id to obtain.',
  remediation: {
    text: 'Move the permissions the user exercises into roles it assumes (or to IAM Identity Center permission sets), leave the user only sts:AssumeRole on those roles, and delete its access keys once nothing uses them.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-users-federation-idp',
    cli: 'aws iam generate-service-last-accessed-details --arn <user-arn>',
    nativeIaC: [
      'WorkRole:',
      '  Type: AWS::IAM::Role',
      '  Properties:',
      '    AssumeRolePolicyDocument:',
      "      Version: '2012-10-17'",
      '      Statement:',
      '        - Effect: Allow',
      '          Principal: { AWS: !GetAtt User.Arn }',
      '          Action: sts:AssumeRole',
      '          Condition: { Bool: { aws:MultiFactorAuthPresent: true } }',
      '    ManagedPolicyArns: [<policy-the-user-needed>]',
    ].join('\n'),
    terraform: [
      'resource "aws_iam_role" "work" {',
      '  name = "work"',
      '  assume_role_policy = jsonencode({',
      '    Version = "2012-10-17"',
      '    Statement = [{',
      '      Effect    = "Allow"',
      '      Principal = { AWS = aws_iam_user.user.arn }',
      '      Action    = "sts:AssumeRole"',
      '      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }',
      '    }]',
      '  })',
      '}',
      '',
      'resource "aws_iam_role_policy_attachment" "work" {',
      '  role       = aws_iam_role.work.name',
      '  policy_arn = "<policy-the-user-needed>"',
      '}',
    ].join('\n'),
  },
  uses: [authorizationDetails, serviceLastAccessed],
  run(ctx) {
    const all = ctx.global(serviceLastAccessed);
    if (!all.ok) return ctx.error(ctx.accountResource(), all.error);
    for (const e of all.data) {
      if (e.kind !== 'user') continue;
      const resource = { arn: e.arn, id: e.name, name: e.name, region: ctx.homeRegion };
      if (!e.services.ok) {
        ctx.error(resource, e.services.error);
        continue;
      }
      const direct = e.services.data.filter((s) => s.lastAuthenticated && !ROLE_PATH_SERVICES.has(s.namespace)).map((s) => s.namespace);
      if (direct.length) {
        const shown = direct.slice(0, 10).join(', ') + (direct.length > 10 ? ` and ${direct.length - 10} more` : '');
        ctx.fail(resource, `IAM user ${e.name} has used its long-term credentials directly with ${direct.length} service(s) other than IAM and STS: ${shown}.`);
      } else ctx.pass(resource, `IAM user ${e.name} has used no service other than IAM and STS with its own credentials.`);
    }
  },
});

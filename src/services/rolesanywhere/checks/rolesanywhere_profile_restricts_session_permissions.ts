import { defineCheck } from '../../../core/check.js';
import { listed } from '../../../lib/resource-policy.js';
import { grantsFullAdmin } from '../../../lib/iam-policy/index.js';
import { profiles } from '../collectors.js';

const isAdministratorAccess = (arn: string) => /^arn:[^:]+:iam::aws:policy\/AdministratorAccess$/.test(arn);

export default defineCheck({
  id: 'rolesanywhere_profile_restricts_session_permissions',
  title: 'IAM Roles Anywhere profiles narrow the permissions of the sessions they vend',
  service: 'rolesanywhere',
  severity: 'medium',
  resourceType: 'AwsRolesAnywhereProfile',
  categories: ['identity-access', 'trust-boundaries'],
  description:
    'For every enabled IAM Roles Anywhere profile, passes when it sets a session policy (inline or managed) that narrows what the vended credentials may do. Session policies add up to one another before they are intersected with the role\'s permissions, so a profile whose session policies include one that allows everything (Action * on Resource *, or the AdministratorAccess managed policy) narrows nothing and fails (Prowler counts any session policy). Disabled profiles vend no credentials and pass.',
  risk: 'Without a session policy every workload holding a certificate from the trust anchor gets the full permissions of the profile\'s roles, long after the need that justified them, and a stolen certificate carries all of them off-premises.',
  remediation: {
    text: 'Give the profile an inline session policy or managed session policies that allow only what the on-premises workload needs.',
    url: 'https://docs.aws.amazon.com/rolesanywhere/latest/userguide/authentication-create-session.html',
    cli: 'aws rolesanywhere update-profile --profile-id <profile-id> --session-policy file://session-policy.json',
    nativeIaC: `BackupAgentProfile:
  Type: AWS::RolesAnywhere::Profile
  Properties:
    Name: backup-agent
    Enabled: true
    RoleArns: [!GetAtt BackupAgentRole.Arn]
    SessionPolicy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:PutObject"],"Resource":"arn:aws:s3:::example-backups/*"}]}'`,
    terraform: `resource "aws_rolesanywhere_profile" "backup_agent" {
  name      = "backup-agent"
  enabled   = true
  role_arns = [aws_iam_role.backup_agent.arn]
  session_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:PutObject"], Resource = "arn:aws:s3:::example-backups/*" }]
  })
}`,
  },
  uses: [profiles],
  run(ctx) {
    for (const { region, result } of ctx.regional(profiles)) {
      for (const p of listed(ctx, region, result, 'IAM Roles Anywhere profiles')) {
        const resource = { arn: p.arn, id: p.id, name: p.name, region };
        if (!p.enabled) {
          ctx.pass(resource, `IAM Roles Anywhere profile ${p.name} is disabled and vends no credentials.`);
          continue;
        }
        const broad = [...(p.sessionPolicy && grantsFullAdmin(p.sessionPolicy) ? ['its inline session policy'] : []), ...p.managedPolicyArns.filter(isAdministratorAccess)];
        const roles = p.roleArns.join(', ') || 'none';
        if (!p.sessionPolicy && !p.managedPolicyArns.length) {
          ctx.fail(resource, `IAM Roles Anywhere profile ${p.name} sets no session policy: sessions get the full permissions of role(s) ${roles}.`);
        } else if (broad.length) {
          ctx.fail(resource, `IAM Roles Anywhere profile ${p.name} has session policies, but ${broad.join(' and ')} allow(s) everything, so sessions keep the full permissions of role(s) ${roles}.`);
        } else {
          ctx.pass(resource, `IAM Roles Anywhere profile ${p.name} narrows its sessions with ${[p.sessionPolicy ? 'an inline session policy' : '', p.managedPolicyArns.length ? `${p.managedPolicyArns.length} managed session policy(ies)` : ''].filter(Boolean).join(' and ')}.`);
        }
      }
    }
  },
});

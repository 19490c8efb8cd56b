import { defineCheck } from '../../../core/check.js';
import { attachmentsOf, awsManagedPolicyArn, describeAttachments, policyResource } from '../policy-checks.js';
import { authorizationDetails } from '../policies.js';

export default defineCheck({
  id: 'iam_securityaudit_role_created',
  title: 'A role with the SecurityAudit policy exists for security reviews',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsIamPolicy',
  categories: ['identity-access'],
  description: 'Checks that the AWS managed SecurityAudit policy is attached to at least one IAM role, so auditors and tools can review the account read-only through a role.',
  risk: 'Without a dedicated audit role, reviews run with broader credentials than needed or not at all, and incident responders lose time obtaining read access.',
  remediation: {
    text: 'Create a role trusted by your security account or auditors and attach the SecurityAudit managed policy to it.',
    url: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/SecurityAudit.html',
    cli: 'aws iam attach-role-policy --role-name <audit-role> --policy-arn arn:aws:iam::aws:policy/SecurityAudit',
    terraform:
      'resource "aws_iam_role" "security_audit" {\n  name = "security-audit"\n  assume_role_policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::<security-account-id>:root" }, Action = "sts:AssumeRole" }]\n  })\n}\n\nresource "aws_iam_role_policy_attachment" "security_audit" {\n  role       = aws_iam_role.security_audit.name\n  policy_arn = "arn:aws:iam::aws:policy/SecurityAudit"\n}',
    nativeIaC:
      'Resources:\n  SecurityAuditRole:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: security-audit\n      AssumeRolePolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: \'arn:aws:iam::<security-account-id>:root\' }\n            Action: sts:AssumeRole\n      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/SecurityAudit',
  },
  uses: [authorizationDetails],
  run(ctx) {
    const arn = awsManagedPolicyArn(ctx.account.partition, 'SecurityAudit');
    const resource = policyResource({ arn, name: 'SecurityAudit' }, ctx.homeRegion);
    const details = ctx.global(authorizationDetails);
    if (!details.ok) return ctx.error(resource, details.error);
    const roles = attachmentsOf(details.data, arn).filter((a) => a.kind === 'role');
    if (roles.length) ctx.pass(resource, `The SecurityAudit policy is attached to ${describeAttachments(roles)}.`);
    else ctx.fail(resource, 'No IAM role has the SecurityAudit policy attached.');
  },
});

import { defineCheck } from '../../../core/check.js';
import { authorizationDetails } from '../policies.js';
import { describeAttachments, managedPolicyAttachments } from '../policy-checks.js';

const POLICY = 'AWSCloudShellFullAccess';

export default defineCheck({
  id: 'iam_policy_cloudshell_admin_not_attached',
  title: 'The AWSCloudShellFullAccess policy is not attached to any IAM identity',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamPolicy',
  categories: ['identity-access'],
  description:
    'Reports every user, group and role that has the AWS managed policy AWSCloudShellFullAccess attached.',
  risk:
    'Full CloudShell access includes uploading and downloading files to and from the shell environment and opening it to the internet, which gives an easy path to move data out of the account or bring tools in.',
  remediation: {
    text: 'Detach AWSCloudShellFullAccess and, where CloudShell is needed, grant a custom policy that denies file transfer actions (cloudshell:GetFileDownloadUrls, cloudshell:GetFileUploadUrls).',
    url: 'https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
    terraform:
      'resource "aws_iam_policy" "cloudshell_no_file_transfer" {\n  name = "cloudshell-no-file-transfer"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      { Effect = "Allow", Action = ["cloudshell:CreateEnvironment", "cloudshell:CreateSession", "cloudshell:GetEnvironmentStatus", "cloudshell:StartEnvironment", "cloudshell:StopEnvironment"], Resource = "*" },\n      { Effect = "Deny", Action = ["cloudshell:GetFileDownloadUrls", "cloudshell:GetFileUploadUrls"], Resource = "*" },\n    ]\n  })\n}',
    nativeIaC:
      'Resources:\n  CloudShellNoFileTransfer:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Action:\n              - cloudshell:CreateEnvironment\n              - cloudshell:CreateSession\n              - cloudshell:GetEnvironmentStatus\n              - cloudshell:StartEnvironment\n              - cloudshell:StopEnvironment\n            Resource: \'*\'\n          - Effect: Deny\n            Action:\n              - cloudshell:GetFileDownloadUrls\n              - cloudshell:GetFileUploadUrls\n            Resource: \'*\'',
  },
  uses: [authorizationDetails],
  run(ctx) {
    const found = managedPolicyAttachments(ctx, POLICY);
    if (!found) return;
    const { resource, attached } = found;
    if (attached.length) ctx.fail(resource, `AWS managed policy ${POLICY} is attached to ${describeAttachments(attached, 10)}.`);
    else ctx.pass(resource, `AWS managed policy ${POLICY} is not attached to any user, group or role.`);
  },
});

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

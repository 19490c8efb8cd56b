import { defineCheck } from '../../../core/check.js';
import { authorizationDetails } from '../policies.js';
import { judgeStaleAccess, serviceLastAccessed } from '../last-accessed.js';

export default defineCheck({
  id: 'iam_role_access_not_stale_to_bedrock',
  title: 'IAM roles do not keep unused Bedrock permissions',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamRole',
  categories: ['identity-access', 'gen-ai'],
  description:
    'Uses IAM service last accessed data to find every role allowed to call Bedrock and fails those that never used it or have not for more than max_unused_bedrock_access_days days (60 by default). Service-linked roles, whose policies AWS owns, are skipped.',
  risk: 'Unused Bedrock permissions widen what a stolen credential can do (running costly models, reading training data and prompts) without serving anyone.',
  remediation: {
    text: 'Remove the Bedrock permissions from the role (detach or edit the policies that grant them), or keep them only while the role still needs them.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html',
  },
  params: { max_unused_bedrock_access_days: 60 },
  uses: [authorizationDetails, serviceLastAccessed],
  run(ctx) {
    judgeStaleAccess(ctx, 'role', 'bedrock', 'Bedrock', Number(ctx.params.max_unused_bedrock_access_days));
  },
});

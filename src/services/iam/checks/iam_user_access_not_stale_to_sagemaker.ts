import { defineCheck } from '../../../core/check.js';
import { authorizationDetails } from '../policies.js';
import { judgeStaleAccess, serviceLastAccessed } from '../last-accessed.js';

export default defineCheck({
  id: 'iam_user_access_not_stale_to_sagemaker',
  title: 'IAM users do not keep unused SageMaker permissions',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  categories: ['identity-access', 'gen-ai'],
  description:
    'Uses IAM service last accessed data to find every user allowed to call SageMaker and fails those that never used it or have not for more than max_unused_sagemaker_access_days days (60 by default).',
  risk: 'Unused SageMaker permissions widen what a stolen credential can do (running costly models, reading training data and prompts) without serving anyone.',
  remediation: {
    text: 'Remove the SageMaker permissions from the user (detach or edit the policies that grant them), or keep them only while the user still needs them.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html',
  },
  params: { max_unused_sagemaker_access_days: 60 },
  uses: [authorizationDetails, serviceLastAccessed],
  run(ctx) {
    judgeStaleAccess(ctx, 'user', 'sagemaker', 'SageMaker', Number(ctx.params.max_unused_sagemaker_access_days));
  },
});

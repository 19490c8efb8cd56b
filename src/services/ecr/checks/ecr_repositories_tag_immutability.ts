import { defineCheck } from '../../../core/check.js';
import { repositories } from '../collectors.js';
import { eachRepository } from '../helpers.js';

export default defineCheck({
  id: 'ecr_repositories_tag_immutability',
  title: 'ECR repositories have immutable image tags',
  service: 'ecr',
  severity: 'medium',
  resourceType: 'AwsEcrRepository',
  categories: ['trust-boundaries'],
  description:
    'Reports whether each ECR repository makes image tags immutable, so a tag that has been pushed cannot be pointed at another image. IMMUTABLE_WITH_EXCLUSION passes, noting that some tags stay mutable.',
  risk: 'With mutable tags, anyone allowed to push can silently replace the image behind a tag that deployments trust (such as a release version), so the running code is not what was reviewed.',
  remediation: {
    text: 'Set the repository\'s tag mutability to IMMUTABLE and deploy by immutable tags or digests.',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
    cli: 'aws ecr put-image-tag-mutability --repository-name <repo> --image-tag-mutability IMMUTABLE',
    terraform:
      'resource "aws_ecr_repository" "this" {\n  name                 = "<repository-name>"\n  image_tag_mutability = "IMMUTABLE"\n}',
    nativeIaC:
      'Resources:\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      ImageTagMutability: IMMUTABLE',
  },
  uses: [repositories],
  run(ctx) {
    for (const { repo, resource } of eachRepository(ctx)) {
      if (repo.tagMutability === 'IMMUTABLE') ctx.pass(resource, `ECR repository ${repo.name} has immutable image tags.`);
      else if (repo.tagMutability === 'IMMUTABLE_WITH_EXCLUSION') ctx.pass(resource, `ECR repository ${repo.name} has immutable image tags, except those matching its exclusion filters.`);
      else ctx.fail(resource, `ECR repository ${repo.name} has mutable image tags.`);
    }
  },
});

import { defineCheck } from '../../../core/check.js';
import { lifecyclePolicies, repositories } from '../collectors.js';
import { listedWith } from '../../../lib/resource-policy.js';
import { describeCallError } from '../../../aws/errors.js';

export default defineCheck({
  id: 'ecr_repositories_lifecycle_policy_enabled',
  title: 'ECR repositories have a lifecycle policy',
  service: 'ecr',
  severity: 'low',
  resourceType: 'AwsEcrRepository',
  categories: [],
  description: 'Reports whether each ECR repository has a lifecycle policy that expires old or untagged images.',
  risk: 'Without one, old images accumulate: storage cost grows, and outdated images with known vulnerabilities stay available to be deployed.',
  remediation: {
    text: 'Add a lifecycle policy that expires untagged images after a few days and keeps only the most recent tagged images.',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
    cli: 'aws ecr put-lifecycle-policy --repository-name <repo> --lifecycle-policy-text file://policy.json',
    terraform:
      'resource "aws_ecr_lifecycle_policy" "this" {\n  repository = "<repository-name>"\n  policy = jsonencode({\n    rules = [\n      { rulePriority = 1, description = "expire untagged", selection = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 7 }, action = { type = "expire" } },\n      { rulePriority = 2, description = "keep the last 50 images", selection = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 50 }, action = { type = "expire" } },\n    ]\n  })\n}',
    nativeIaC:
      'Resources:\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      LifecyclePolicy:\n        LifecyclePolicyText: \'{"rules":[{"rulePriority":1,"description":"expire untagged","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":7},"action":{"type":"expire"}},{"rulePriority":2,"description":"keep the last 50 images","selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":50},"action":{"type":"expire"}}]}\'',
  },
  uses: [repositories, lifecyclePolicies],
  run(ctx) {
    for (const { region, item: repo, entry } of listedWith(ctx, repositories, lifecyclePolicies, 'ECR repositories')) {
      const resource = { arn: repo.arn, id: repo.name, name: repo.name, region };
      if (!entry.ok) ctx.error(resource, entry.error, `Could not read the lifecycle policy of ECR repository ${repo.name}: ${describeCallError(entry.error)}.`);
      else if (entry.data) ctx.pass(resource, `ECR repository ${repo.name} has a lifecycle policy.`);
      else ctx.fail(resource, `ECR repository ${repo.name} has no lifecycle policy.`);
    }
  },
});

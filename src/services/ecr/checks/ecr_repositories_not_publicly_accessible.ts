import { defineCheck } from '../../../core/check.js';
import { repositories, repositoryPolicies } from '../collectors.js';
import { judgePolicy, listedWith } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'ecr_repositories_not_publicly_accessible',
  title: 'ECR repository policies do not grant access to everyone',
  service: 'ecr',
  severity: 'critical',
  resourceType: 'AwsEcrRepository',
  categories: ['internet-exposed'],
  description:
    'Reads the repository policy of every ECR repository and flags policies that allow any principal (Principal "*" or any AWS account) without a condition narrowing the caller to this account, an organization or a network.',
  risk: 'A public repository lets anyone pull its images (and the code, configuration and any credentials baked into them) or, with write actions, push images that your deployments will run.',
  remediation: {
    text: 'Remove the statements that grant access to everyone, or add conditions such as aws:PrincipalOrgID; share images publicly only through ECR Public.',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
    cli: 'aws ecr delete-repository-policy --repository-name <repo>',
    terraform:
      'resource "aws_ecr_repository_policy" "this" {\n  repository = "<repository-name>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "OrgPull"\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "<org-id>" } }\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryPolicyText:\n        Version: \'2012-10-17\'\n        Statement:\n          - Sid: OrgPull\n            Effect: Allow\n            Principal: \'*\'\n            Action:\n              - ecr:BatchGetImage\n              - ecr:GetDownloadUrlForLayer\n            Condition:\n              StringEquals:\n                aws:PrincipalOrgID: <org-id>',
  },
  uses: [repositories, repositoryPolicies],
  run(ctx) {
    for (const { region, item: repo, entry } of listedWith(ctx, repositories, repositoryPolicies, 'ECR repositories')) {
      const resource = { arn: repo.arn, id: repo.name, name: repo.name, region };
      judgePolicy(ctx, { resource, label: `ECR repository ${repo.name}`, policyName: 'repository policy', operation: repositoryPolicies.operation }, entry);
    }
  },
});

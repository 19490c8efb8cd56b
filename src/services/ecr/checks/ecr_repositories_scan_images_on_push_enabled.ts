import { defineCheck } from '../../../core/check.js';
import { repositories } from '../collectors.js';
import { eachRepository } from '../helpers.js';

export default defineCheck({
  id: 'ecr_repositories_scan_images_on_push_enabled',
  title: 'ECR repositories scan images when they are pushed',
  service: 'ecr',
  severity: 'medium',
  resourceType: 'AwsEcrRepository',
  categories: ['vulnerabilities'],
  description:
    'Reports whether each ECR repository has scan on push enabled in its own image scanning configuration. A registry-level enhanced scanning rule can cover a repository regardless; see ecr_registry_scan_images_on_push_enabled.',
  risk: 'Images pushed without a scan can carry known vulnerable packages into production unnoticed.',
  remediation: {
    text: 'Enable scan on push for the repository, or configure registry-level scanning rules (enhanced scanning with Amazon Inspector covers all matching repositories).',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    cli: 'aws ecr put-image-scanning-configuration --repository-name <repo> --image-scanning-configuration scanOnPush=true',
    terraform:
      'resource "aws_ecr_repository" "this" {\n  name = "<repository-name>"\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}',
    nativeIaC:
      'Resources:\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      ImageScanningConfiguration:\n        ScanOnPush: true',
  },
  uses: [repositories],
  run(ctx) {
    for (const { repo, resource } of eachRepository(ctx)) {
      if (repo.scanOnPush) ctx.pass(resource, `ECR repository ${repo.name} scans images on push.`);
      else ctx.fail(resource, `ECR repository ${repo.name} does not scan images on push.`);
    }
  },
});

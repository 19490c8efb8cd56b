import { defineCheck } from '../../../core/check.js';
import { registryScanning, repositories } from '../collectors.js';
import { describeCallError } from '../../../aws/errors.js';

export default defineCheck({
  id: 'ecr_registry_scan_images_on_push_enabled',
  title: 'ECR registries scan every repository\'s images on push',
  service: 'ecr',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['vulnerabilities'],
  description:
    'Reports, per region, whether the private registry\'s scanning configuration has a rule that scans images on push (or continuously) for every repository (filter "*"). Regions without repositories are reported only when scan_unused_services is true.',
  risk: 'Without a registry-wide rule, new repositories start unscanned and images with known vulnerabilities reach deployments unnoticed.',
  remediation: {
    text: 'Add a registry scanning rule with the wildcard filter "*" and scan on push (basic) or continuous scanning (enhanced, with Amazon Inspector).',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    cli: `aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules '[{"scanFrequency":"SCAN_ON_PUSH","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]'`,
    terraform:
      'resource "aws_ecr_registry_scanning_configuration" "this" {\n  scan_type = "ENHANCED"\n  rule {\n    scan_frequency = "CONTINUOUS_SCAN"\n    repository_filter {\n      filter      = "*"\n      filter_type = "WILDCARD"\n    }\n  }\n}',
  },
  uses: [repositories, registryScanning],
  params: { scan_unused_services: false },
  run(ctx) {
    const repos = new Map(ctx.regional(repositories).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(registryScanning)) {
      const resource = { ...ctx.accountResource(region), id: `ecr-registry-${ctx.account.accountId}-${region}`, name: `ECR registry ${region}` };
      const list = repos.get(region)!;
      if (!list.ok) {
        ctx.error(resource, list.error, `Could not list the ECR repositories in ${region}: ${describeCallError(list.error)}.`);
        continue;
      }
      if (!list.data.length && !ctx.params.scan_unused_services) continue;
      if (!result.ok) {
        ctx.error(resource, result.error, `Could not read the ECR registry scanning configuration in ${region}: ${describeCallError(result.error)}.`);
        continue;
      }
      const all = result.data.rules.some((r) => r.filters.includes('*') && (r.frequency === 'SCAN_ON_PUSH' || r.frequency === 'CONTINUOUS_SCAN'));
      if (all) ctx.pass(resource, `The ECR registry in ${region} scans the images of every repository (${result.data.scanType ?? 'BASIC'} scanning).`);
      else ctx.fail(resource, `The ECR registry in ${region} has no scanning rule that covers every repository on push.`);
    }
  },
});

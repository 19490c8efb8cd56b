import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { listedWith } from '../../../lib/resource-policy.js';
import { latestImageScans, latestImages, repositories } from '../collectors.js';

/** Severities from the most to the least serious (Inspector adds UNTRIAGED, basic scanning UNDEFINED: neither is ranked). */
const RANKED = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
/** Scan states in which no findings will come for this image. */
const UNUSABLE = new Set(['FAILED', 'UNSUPPORTED_IMAGE', 'FINDINGS_UNAVAILABLE', 'SCAN_ELIGIBILITY_EXPIRED']);
const RUNNING = new Set(['PENDING', 'IN_PROGRESS']);

export default defineCheck({
  id: 'ecr_repositories_scan_vulnerabilities_in_latest_image',
  title: 'The latest image of each ECR repository was scanned and has no vulnerabilities at or above the threshold',
  service: 'ecr',
  severity: 'medium',
  resourceType: 'AwsEcrRepository',
  categories: ['vulnerabilities', 'container-security'],
  description:
    'Takes the most recently pushed container image of each repository (signatures and other artifacts left out) and reads its scan (basic or enhanced): it fails when the image was never scanned, when the scan failed or cannot give findings, or when it has findings of the severity ecr_repository_vulnerability_minimum_severity (MEDIUM by default) or worse. Repositories without images are not reported.',
  risk:
    'The latest image is the one deployments pull: known vulnerable packages in it reach production, and an image that was never scanned hides them altogether.',
  remediation: {
    text: 'Turn on scan on push or registry-level (enhanced) scanning, rebuild the image on patched base images and packages, push it, and keep the repository\'s newest image free of serious findings.',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    cli: 'aws ecr start-image-scan --repository-name <repo> --image-id imageDigest=<digest>',
    nativeIaC: 'Resources:\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: <repo>\n      ImageScanningConfiguration:\n        ScanOnPush: true',
    terraform: 'resource "aws_ecr_repository" "repo" {\n  name = "<repo>"\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}',
  },
  uses: [repositories, latestImages, latestImageScans],
  params: { ecr_repository_vulnerability_minimum_severity: 'MEDIUM' },
  run(ctx) {
    const wanted = ctx.params.ecr_repository_vulnerability_minimum_severity.toUpperCase();
    // An unknown value falls back to Prowler's default rather than silently passing everything.
    const counted = RANKED.slice(0, (RANKED.indexOf(wanted) + 1 || RANKED.indexOf('MEDIUM') + 1));
    for (const { region, item: repo, entry } of listedWith(ctx, repositories, latestImageScans, 'ECR repositories')) {
      const resource = { arn: repo.arn, id: repo.name, name: repo.name, region };
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not read the latest image scan of ECR repository ${repo.name}: ${describeCallError(entry.error)}.`);
        continue;
      }
      if (!entry.data) continue;
      const { digest, scan } = entry.data;
      const image = `the latest image of ECR repository ${repo.name} (${digest.slice(0, 19)})`;
      const Image = image[0].toUpperCase() + image.slice(1);
      if (!scan) ctx.fail(resource, `${Image} was never scanned for vulnerabilities.`);
      else if (scan.status && UNUSABLE.has(scan.status)) ctx.fail(resource, `${Image} has no usable scan: status ${scan.status}${scan.description ? ` (${scan.description})` : ''}.`);
      else if (scan.status && RUNNING.has(scan.status)) ctx.manual(resource, `The scan of ${image} is ${scan.status}: it is judged once the scan completes.`);
      else {
        const found = counted.filter((s) => (scan.severityCounts[s] ?? 0) > 0);
        const counts = found.map((s) => `${s} ${scan.severityCounts[s]}`).join(', ');
        if (found.length) ctx.fail(resource, `${Image} has vulnerabilities at or above ${counted[counted.length - 1]}: ${counts}.`);
        else ctx.pass(resource, `${Image} has no vulnerabilities at or above ${counted[counted.length - 1]}.`);
      }
    }
  },
});

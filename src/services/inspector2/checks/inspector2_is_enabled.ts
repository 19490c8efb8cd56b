import { defineCheck } from '../../../core/check.js';
import type { CallError, Result } from '../../../core/types.js';
import type { Fact } from '../../../core/fact.js';
import { describeCallError, notAvailableHere } from '../../../aws/errors.js';
import { instances } from '../../ec2/collectors.js';
import { repositories } from '../../ecr/collectors.js';
import { functions } from '../../awslambda/collectors.js';
import { accountStatus, type InspectorStatus } from '../collectors.js';
import { inspectorResource } from '../inspector-resource.js';

const SCANS: Array<{ key: keyof InspectorStatus['scans']; label: string; use: 'ec2' | 'ecr' | 'lambda' }> = [
  { key: 'ec2', label: 'EC2 instances', use: 'ec2' },
  { key: 'ecr', label: 'ECR container images', use: 'ecr' },
  { key: 'lambda', label: 'Lambda functions', use: 'lambda' },
  { key: 'lambdaCode', label: 'Lambda code', use: 'lambda' },
];

/** How many workloads of a kind the region has, or the error that hid them. */
const countOf = (r: Result<unknown[]> | undefined): Result<number> =>
  !r ? { ok: true, data: 0 } : r.ok ? { ok: true, data: r.data.length } : notAvailableHere(r.error) ? { ok: true, data: 0 } : r;

export default defineCheck({
  id: 'inspector2_is_enabled',
  title: 'Amazon Inspector scans the workloads of every region',
  service: 'inspector2',
  severity: 'medium',
  resourceType: 'Other',
  categories: [],
  description:
    'Per region, reads this account\'s Amazon Inspector status and the status of each scan type. Where Inspector is enabled, every scan type whose workloads exist in the region (EC2 instances for EC2 scanning, ECR repositories for image scanning, Lambda functions for Lambda standard and code scanning) must be enabled too. Regions without any of these workloads are reported only with scan_unused_services (Prowler\'s --scan-unused-services), which then also asks for every scan type.',
  risk: 'Workloads Inspector does not scan carry known vulnerable packages and code flaws nobody is told about, which attackers find with public exploit lists.',
  remediation: {
    text: 'Enable Amazon Inspector in every region you use, with EC2, ECR, Lambda and Lambda code scanning, preferably for the whole organization from a delegated administrator.',
    url: 'https://docs.aws.amazon.com/inspector/latest/user/getting_started_tutorial.html',
    cli: 'aws inspector2 enable --resource-types EC2 ECR LAMBDA LAMBDA_CODE --region <region>',
    terraform: `resource "aws_inspector2_enabler" "this" {
  account_ids    = [data.aws_caller_identity.current.account_id]
  resource_types = ["EC2", "ECR", "LAMBDA", "LAMBDA_CODE"]
}`,
  },
  params: { scan_unused_services: false },
  uses: [accountStatus, instances, repositories, functions],
  run(ctx) {
    const byRegion = <T>(f: Fact<T[]>) => new Map<string, Result<unknown[]>>(ctx.regional(f).map(({ region, result }) => [region, result]));
    const ec2 = byRegion(instances);
    const ecr = byRegion(repositories);
    const lambda = byRegion(functions);
    for (const { region, result } of ctx.regional(accountStatus)) {
      const resource = inspectorResource(ctx, region);
      if (!result.ok) {
        if (!notAvailableHere(result.error)) ctx.error(resource, result.error, `Could not read the Amazon Inspector status in ${region}: ${describeCallError(result.error)}.`);
        continue;
      }
      const used = { ec2: countOf(ec2.get(region)), ecr: countOf(ecr.get(region)), lambda: countOf(lambda.get(region)) };
      const all = ctx.params.scan_unused_services;
      const unknown: CallError[] = [];
      /** Does this scan type matter here: workloads exist, or every type is asked for? undefined when unknown. */
      const matters = (use: keyof typeof used): boolean | undefined => {
        if (all) return true;
        const n = used[use];
        if (!n.ok) {
          unknown.push(n.error);
          return undefined;
        }
        return n.data > 0;
      };
      const { status, scans } = result.data;
      if (status !== 'ENABLED') {
        const uses = (['ec2', 'ecr', 'lambda'] as const).map(matters);
        if (uses.some(Boolean)) {
          const names = { ec2: 'EC2 instance(s)', ecr: 'ECR repositories', lambda: 'Lambda function(s)' };
          const what = (['ec2', 'ecr', 'lambda'] as const).flatMap((u) => {
            const n = used[u];
            return n.ok && n.data > 0 ? [`${n.data} ${names[u]}`] : [];
          });
          ctx.fail(resource, `Amazon Inspector is ${status} in ${region}${what.length ? `, which has ${what.join(', ')}` : ''}.`);
        } else if (unknown.length) {
          ctx.error(resource, unknown[0], `Amazon Inspector is ${status} in ${region}, and prowl could not tell whether the region has workloads to scan: ${describeCallError(unknown[0])}.`);
        }
        continue;
      }
      const gaps = SCANS.filter((s) => scans[s.key] !== 'ENABLED' && matters(s.use)).map((s) => `${s.label} (${scans[s.key]})`);
      if (gaps.length) ctx.fail(resource, `Amazon Inspector is enabled in ${region} but does not scan ${gaps.join(', ')}.`);
      else if (unknown.length) ctx.error(resource, unknown[0], `Amazon Inspector is enabled in ${region} with some scan types off, and prowl could not tell whether the region has workloads of those types: ${describeCallError(unknown[0])}.`);
      else ctx.pass(resource, `Amazon Inspector is enabled in ${region} and scans every kind of workload the region has.`);
    }
  },
});

import { defineCheck } from '../../../core/check.js';
import { listed } from '../../../lib/resource-policy.js';
import { workloads } from '../collectors.js';

export default defineCheck({
  id: 'wellarchitected_workload_no_high_or_medium_risks',
  title: 'Well-Architected workloads have no high or medium risks',
  service: 'wellarchitected',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['resilience'],
  description: 'Reads the risk counts of every workload reviewed in the Well-Architected Tool and fails those with open high or medium risk items.',
  risk: 'Open high and medium risks are known gaps in security, reliability or operations that the team has already identified but not addressed.',
  remediation: {
    text: 'Work through the improvement plan of the workload, fix the high and medium risk items and update the review (or record a justified risk acceptance).',
    url: 'https://docs.aws.amazon.com/wellarchitected/latest/userguide/workloads.html',
  },
  uses: [workloads],
  run(ctx) {
    for (const { region, result } of ctx.regional(workloads)) {
      for (const w of listed(ctx, region, result, 'Well-Architected workloads')) {
        const resource = { arn: w.arn, id: w.id, name: w.name, region };
        const high = w.riskCounts.HIGH ?? 0;
        const medium = w.riskCounts.MEDIUM ?? 0;
        if (high + medium === 0) ctx.pass(resource, `Workload ${w.name} has no high or medium risks.`);
        else ctx.fail(resource, `Workload ${w.name} has ${high} high and ${medium} medium risk(s).`);
      }
    }
  },
});

import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { forEachRegional, instanceLabel, instanceResource, isConfidentialHost } from '../shared.js';

export default defineCheck({
  id: 'ec2_confidential_workload_host_not_running',
  title: 'Confidential computing hosts are running',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  categories: ['resilience'],
  description: 'For instances with AMD SEV-SNP enabled or Nitro Enclaves enabled, flags those that are not in the running state (stopped, stopping, pending or shutting down).',
  risk: 'A stopped confidential host means the protected workload is not serving; left stopped it also misses patches and keeps its volumes and addresses around unnoticed.',
  remediation: {
    text: 'Start the host if the workload is needed (and investigate why it stopped), or terminate it and its resources if it is not.',
    url: 'https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave.html',
    cli: 'aws ec2 start-instances --instance-ids <instance-id>',
  },
  uses: [instances],
  run(ctx) {
    forEachRegional(ctx, instances, (region, i) => {
      if (!isConfidentialHost(i)) return;
      if (i.state === 'running') ctx.pass(instanceResource(region, i), `Confidential computing host ${instanceLabel(i)} is running.`);
      else ctx.fail(instanceResource(region, i), `Confidential computing host ${instanceLabel(i)} is ${i.state}.`);
    });
  },
});

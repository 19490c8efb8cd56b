import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { forEachRegional, instanceLabel, instanceResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_instance_uses_single_eni',
  title: 'EC2 instances use a single network interface',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2Instance',
  categories: ['trust-boundaries'],
  description: 'Flags instances with more than one attached network interface (Elastic Fabric Adapter interfaces used for HPC are not counted).',
  risk:
    'An instance with interfaces in several subnets bridges network segments: a compromise of the instance crosses the boundary the subnets and their ACLs were meant to enforce, and traffic may bypass inspection.',
  remediation: {
    text: 'Detach secondary interfaces that are not needed; where an appliance must span networks, use purpose-built services (Gateway Load Balancer, Network Firewall) and document the exception.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html',
    cli: 'aws ec2 detach-network-interface --attachment-id <attachment-id>',
  },
  uses: [instances],
  run(ctx) {
    forEachRegional(ctx, instances, (region, i) => {
      const enis = i.interfaces.filter((n) => n.interfaceType !== 'efa' && n.interfaceType !== 'efa-only');
      const subnets = [...new Set(enis.flatMap((n) => (n.subnetId ? [n.subnetId] : [])))];
      if (enis.length > 1) {
        ctx.fail(instanceResource(region, i), `Instance ${instanceLabel(i)} has ${enis.length} network interfaces (${enis.map((n) => n.id).join(', ')}) in ${subnets.length} subnet(s).`);
      } else ctx.pass(instanceResource(region, i), `Instance ${instanceLabel(i)} has ${enis.length === 1 ? 'a single network interface' : 'no network interface reported'}.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { addresses } from '../collectors.js';
import { forEachRegional, simpleResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_elastic_ip_unassigned',
  title: 'Elastic IP addresses are associated with a resource',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2Eip',
  categories: ['internet-exposed'],
  description: 'Flags Elastic IP addresses that are allocated but not associated with any instance or network interface.',
  risk: 'Idle addresses cost money and are easy to attach by mistake to a resource that should not be public; records still pointing at a released address can be taken over.',
  remediation: {
    text: 'Release Elastic IPs that are not needed, after removing DNS records and allow-lists that still refer to them.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html',
    cli: 'aws ec2 release-address --allocation-id <allocation-id>',
  },
  uses: [addresses],
  run(ctx) {
    forEachRegional(ctx, addresses, (region, a) => {
      const label = a.publicIp ? `${a.publicIp} (${a.id})` : a.id;
      const to = a.instanceId ?? a.networkInterfaceId;
      if (a.associationId || to) ctx.pass(simpleResource(region, a), `Elastic IP ${label} is associated with ${to ?? a.associationId}.`);
      else ctx.fail(simpleResource(region, a), `Elastic IP ${label} is not associated with any resource.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { gateways } from '../collectors.js';

/** Hosts on which a gateway runs as one machine with no failover that AWS supports. */
const SINGLE_HOST: Record<string, string> = {
  EC2: 'one EC2 instance, which AWS offers no failover for',
  'HYPER-V': 'a Microsoft Hyper-V host, on which Storage Gateway does not support high availability',
  KVM: 'a Linux KVM host, on which Storage Gateway does not support high availability',
};

export default defineCheck({
  id: 'storagegateway_gateway_fault_tolerant',
  title: 'Storage Gateway gateways run where they can fail over',
  service: 'storagegateway',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['resilience'],
  description:
    'Fails each gateway hosted on EC2, Hyper-V or KVM, where it is a single machine with no supported failover. Gateways on VMware, where AWS supports vSphere High Availability, ' +
    'and on the hardware appliance or Snowball pass; whether VMware HA is actually turned on for the cluster cannot be seen from AWS.',
  risk: 'When the one host of the gateway fails, applications lose the file shares, volumes or tapes it serves until it is rebuilt, and writes still cached on it may be lost.',
  remediation: {
    text: 'Run gateways that must stay available on a VMware vSphere cluster with vSphere HA enabled, and configure the gateway for it.',
    url: 'https://docs.aws.amazon.com/storagegateway/',
    cli: 'aws storagegateway describe-gateway-information --gateway-arn <gateway-arn>  # check HostEnvironment; redeploy on VMware HA',
  },
  uses: [gateways],
  run(ctx) {
    eachListed(ctx, gateways, 'Storage Gateway gateways', (g, resource) => {
      const L = `Storage Gateway gateway ${g.name ? `${g.id} (${g.name})` : g.id}`;
      const env = g.hostEnvironment ?? 'OTHER';
      const single = SINGLE_HOST[env];
      if (single) ctx.fail(resource, `${L} runs on ${single}${g.ec2InstanceId ? ` (${g.ec2InstanceId})` : ''}.`);
      else if (env === 'VMWARE') ctx.pass(resource, `${L} runs on VMware, where vSphere High Availability can restart it on another host (check that HA is on for its cluster).`);
      else ctx.pass(resource, `${L} runs on ${env}, not on a single EC2 instance or Hyper-V/KVM host.`);
    });
  },
});

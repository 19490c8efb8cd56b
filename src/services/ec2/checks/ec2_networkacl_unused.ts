import { defineCheck } from '../../../core/check.js';
import { networkAcls } from '../collectors.js';
import { forEachRegional, naclResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_networkacl_unused',
  title: 'Network ACLs are associated with subnets',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2NetworkAcl',
  categories: ['trust-boundaries'],
  description: 'Flags non-default network ACLs that are not associated with any subnet. Default ACLs are skipped: they cannot be deleted.',
  risk: 'Unused ACLs clutter the network configuration, carry rules nobody reviews, and may be associated later with rules that no longer fit.',
  remediation: {
    text: 'Delete network ACLs that no subnet uses, or associate them with the subnets they were written for.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/network-acls.html',
    cli: 'aws ec2 delete-network-acl --network-acl-id <acl-id>',
  },
  uses: [networkAcls],
  run(ctx) {
    forEachRegional(ctx, networkAcls, (region, a) => {
      if (a.isDefault) return;
      if (a.subnetIds.length) ctx.pass(naclResource(region, a), `Network ACL ${a.id} is associated with ${a.subnetIds.length} subnet(s).`);
      else ctx.fail(naclResource(region, a), `Network ACL ${a.id}${a.vpcId ? ` in ${a.vpcId}` : ''} is not associated with any subnet.`);
    });
  },
});

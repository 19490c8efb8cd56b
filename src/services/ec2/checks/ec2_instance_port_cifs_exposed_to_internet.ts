import { defineCheck } from '../../../core/check.js';
import { coversPort } from '../../../lib/network/exposure.js';
import { instances, securityGroups } from '../collectors.js';
import { describeInstanceExposures, forEachInstanceExposure, instanceLabel, instanceResource } from '../shared.js';

const CIFS_PORTS = [139, 445];

export default defineCheck({
  id: 'ec2_instance_port_cifs_exposed_to_internet',
  title: 'EC2 instances do not expose CIFS/SMB (TCP 139, 445) to the internet',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AwsEc2Instance',
  categories: ['internet-exposed'],
  description:
    'Flags non-terminated instances with a security group that admits TCP port 139 or 445 from 0.0.0.0/0 or ::/0 (including allow-all rules). The message says whether the instance currently has a public IP address.',
  risk:
    'SMB exposed to the internet is a classic entry point for worms and ransomware and leaks file shares and credentials through relay and brute-force attacks.',
  remediation: {
    text: 'Remove internet-wide rules for ports 139 and 445 from the instance security groups; reach file shares over a VPN, AWS Direct Connect or private networking only.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 445 --cidr 0.0.0.0/0',
  },
  uses: [instances, securityGroups],
  run(ctx) {
    const cifs = (r: Parameters<typeof coversPort>[0]) => CIFS_PORTS.some((port) => coversPort(r, { protocol: 'tcp', port }));
    forEachInstanceExposure(ctx, () => true, cifs, (region, i, exposures) => {
      const resource = instanceResource(region, i);
      if (!exposures.length) return ctx.pass(resource, `Instance ${instanceLabel(i)} has no security group rule admitting TCP 139 or 445 from the internet.`);
      const reach = i.publicIp ? `it has public IP address ${i.publicIp}` : 'it has no public IP address at the moment';
      ctx.fail(resource, `Instance ${instanceLabel(i)} is open to CIFS/SMB from the internet: ${describeInstanceExposures(exposures)} (${reach}).`);
    });
  },
});

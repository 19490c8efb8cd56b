/** Fixture builders for the EC2 check tests (test-only): a security-group rule, a security group and an instance, changed field by field. */
import type { SgRule } from '../../lib/network/exposure.js';
import type { Instance, LaunchTemplate, LaunchTemplateVersion, NetworkInterface, SecurityGroup, Snapshot } from './collectors.js';

/** A security-group rule; without `from` (protocol '-1', all traffic) it has no port range. */
export const sgRule = (protocol: string, from: number | undefined, to: number | undefined, ipv4: string[], ipv6: string[] = []): SgRule => ({
  protocol,
  ...(from !== undefined ? { fromPort: from, toPort: to } : {}),
  ipv4,
  ipv6,
  prefixLists: [],
  groups: [],
});

/** A security group named after its id, in vpc-1, without tags or egress rules. */
export function makeSecurityGroup(id: string, ingress: SgRule[], o: Partial<SecurityGroup> = {}): SecurityGroup {
  return {
    id,
    arn: `arn:aws:ec2:us-east-1:123456789012:security-group/${id}`,
    name: id,
    vpcId: 'vpc-1',
    tags: {},
    ingress,
    egress: [],
    ...o,
  };
}

/** A running instance without tags, metadata options or security groups. */
export function makeInstance(id: string, o: Partial<Instance> = {}): Instance {
  return {
    id,
    arn: `arn:aws:ec2:us-east-1:123456789012:instance/${id}`,
    state: 'running',
    tags: {},
    metadata: {},
    securityGroupIds: [],
    interfaces: [],
    ...o,
  };
}

/** An in-use instance network interface in subnet-1 with the given groups. */
export function makeEni(id: string, securityGroupIds: string[], o: Partial<NetworkInterface> = {}): NetworkInterface {
  return { id, interfaceType: 'interface', requesterManaged: false, status: 'in-use', subnetId: 'subnet-1', vpcId: 'vpc-1', securityGroupIds, ipv6Addresses: [], ...o };
}

/** An unencrypted snapshot owned by the test account. */
export function makeSnapshot(id: string, o: Partial<Snapshot> = {}): Snapshot {
  return { id, arn: `arn:aws:ec2:us-east-1:123456789012:snapshot/${id}`, encrypted: false, tags: {}, ...o };
}

/** A launch template whose given versions were read (version 1 is the default, the last one the latest). */
export function makeLaunchTemplate(id: string, versions: Array<Partial<LaunchTemplateVersion>>): LaunchTemplate {
  const data = versions.map((v, n): LaunchTemplateVersion => ({ number: n + 1, isDefault: n === 0, networkInterfaces: [], securityGroupIds: [], ...v }));
  return { id, arn: `arn:aws:ec2:us-east-1:123456789012:launch-template/${id}`, name: `tpl-${id}`, defaultVersion: 1, latestVersion: data.length, tags: {}, versions: { ok: true, data } };
}

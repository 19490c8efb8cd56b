/**
 * Test-only network builders shared by the checks of services that sit in a VPC (DMS, Neptune...): a route
 * table with or without a route to an internet gateway, and a network ACL letting everything through.
 */
import type { NetworkAcl } from '../ec2/collectors.js';
import type { RouteTable } from '../vpc/collectors.js';

export const routeTable = (id: string, subnetIds: string[], o: { main?: boolean; internet?: boolean; vpcId?: string; gateway?: string } = {}): RouteTable => ({
  id,
  arn: `arn:aws:ec2:us-east-1:123456789012:route-table/${id}`,
  vpcId: o.vpcId ?? 'vpc-1',
  isMain: o.main ?? false,
  subnetIds,
  tags: {},
  routes: [
    { destinationCidr: '10.0.0.0/16', gatewayId: 'local', state: 'active' },
    ...(o.internet ? [{ destinationCidr: '0.0.0.0/0', gatewayId: o.gateway ?? 'igw-1', state: 'active' }] : []),
  ],
});

export const openAcl = (id: string, subnetIds: string[], isDefault = true): NetworkAcl => ({
  id,
  arn: `arn:aws:ec2:us-east-1:123456789012:network-acl/${id}`,
  vpcId: 'vpc-1',
  isDefault,
  tags: {},
  subnetIds,
  entries: [false, true].flatMap((egress) => [
    { ruleNumber: 100, egress, allow: true, protocol: '-1', cidr: '0.0.0.0/0' },
    { ruleNumber: 32767, egress, allow: false, protocol: '-1', cidr: '0.0.0.0/0' },
  ]),
});

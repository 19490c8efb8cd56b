/** Test-only builders: a compliant EFS file system, access point and mount target, and route tables (also used by the ElastiCache tests). */
import type { AccessPoint, FileSystem, MountTarget } from './collectors.js';
import type { RouteTable } from '../vpc/collectors.js';

export const makeFileSystem = (id: string, o: Partial<FileSystem> = {}): FileSystem => ({
  id,
  arn: `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/${id}`,
  encrypted: true,
  numberOfMountTargets: 2,
  tags: {},
  ...o,
});

export const makeAccessPoint = (id: string, fileSystemId: string, o: Partial<AccessPoint> = {}): AccessPoint => ({
  id,
  arn: `arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/${id}`,
  fileSystemId,
  rootDirectory: '/app',
  posixUser: { uid: 1000, gid: 1000 },
  tags: {},
  ...o,
});

export const makeMountTarget = (id: string, o: Partial<MountTarget> = {}): MountTarget => ({
  id,
  subnetId: 'subnet-private',
  vpcId: 'vpc-1',
  availabilityZone: 'us-east-1a',
  ipAddress: '10.0.1.10',
  securityGroupIds: { ok: true, data: ['sg-nfs'] },
  ...o,
});

/** A route table of vpc-1; `igw` routes 0.0.0.0/0 (or ::/0 with `ipv6`) to an internet gateway, besides the local route. */
export const makeRouteTable = (id: string, subnetIds: string[], o: { igw?: 4 | 6 | 'both'; isMain?: boolean } = {}): RouteTable => ({
  id,
  arn: `arn:aws:ec2:us-east-1:123456789012:route-table/${id}`,
  vpcId: 'vpc-1',
  isMain: o.isMain ?? false,
  subnetIds,
  routes: [
    { destinationCidr: '10.0.0.0/16', gatewayId: 'local', state: 'active' },
    ...(o.igw === 4 || o.igw === 'both' ? [{ destinationCidr: '0.0.0.0/0', gatewayId: 'igw-1', state: 'active' }] : []),
    ...(o.igw === 6 || o.igw === 'both' ? [{ destinationIpv6Cidr: '::/0', gatewayId: 'igw-1', state: 'active' }] : []),
  ],
  tags: {},
});

/** Test-only builders: a compliant replication group, a compliant standalone Redis OSS node, a subnet group. */
import type { CacheCluster, CacheSubnetGroup, ReplicationGroup } from './collectors.js';

export const makeReplicationGroup = (id: string, o: Partial<ReplicationGroup> = {}): ReplicationGroup => ({
  id,
  arn: `arn:aws:elasticache:us-east-1:123456789012:replicationgroup:${id}`,
  engine: 'redis',
  status: 'available',
  memberClusters: [`${id}-001`, `${id}-002`],
  multiAZ: 'enabled',
  automaticFailover: 'enabled',
  clusterEnabled: false,
  snapshotRetentionLimit: 7,
  atRestEncryptionEnabled: true,
  transitEncryptionEnabled: true,
  transitEncryptionMode: 'required',
  authTokenEnabled: true,
  userGroupIds: [],
  autoMinorVersionUpgrade: true,
  ...o,
});

export const makeCacheCluster = (id: string, o: Partial<CacheCluster> = {}): CacheCluster => ({
  id,
  arn: `arn:aws:elasticache:us-east-1:123456789012:cluster:${id}`,
  engine: 'redis',
  engineVersion: '7.1',
  status: 'available',
  subnetGroupName: 'private',
  numNodes: 1,
  autoMinorVersionUpgrade: true,
  snapshotRetentionLimit: 7,
  authTokenEnabled: true,
  transitEncryptionEnabled: true,
  atRestEncryptionEnabled: true,
  ...o,
});

export const makeSubnetGroup = (name: string, subnetIds: string[]): CacheSubnetGroup => ({
  name,
  arn: `arn:aws:elasticache:us-east-1:123456789012:subnetgroup:${name}`,
  vpcId: 'vpc-1',
  subnetIds,
});

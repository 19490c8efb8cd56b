/** Fixtures for the EKS check tests: clusters plus one whose DescribeCluster was denied (ERROR). */
import { clusterList, clusters, type EksCluster } from './collectors.js';
import { FixtureInventory, denied } from '../../../test/helpers/check.js';

const arn = (name: string) => `arn:aws:eks:us-east-1:123456789012:cluster/${name}`;

export function cluster(name: string, o: Partial<EksCluster> = {}): EksCluster {
  return {
    name,
    arn: arn(name),
    version: '1.34',
    endpointPublicAccess: false,
    endpointPrivateAccess: true,
    publicAccessCidrs: [],
    secretsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k',
    enabledLogTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
    deletionProtection: true,
    ...o,
  };
}

export function withClusters(list: EksCluster[], deniedName = 'hidden'): FixtureInventory {
  const entries = Object.fromEntries(list.map((c) => [c.arn, { ok: true as const, data: c }]));
  return new FixtureInventory()
    .set(clusterList, [...list.map((c) => ({ arn: c.arn, name: c.name })), { arn: arn(deniedName), name: deniedName }])
    .set(clusters, { ...entries, [arn(deniedName)]: { ok: false, error: denied('eks:DescribeCluster') } });
}

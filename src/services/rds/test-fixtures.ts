/** Fixture builder for the RDS check tests (test-only): a compliant instance, changed field by field. */
import type { DbCluster, DbInstance } from './collectors.js';

export function makeDbInstance(id: string, o: Partial<DbInstance> = {}): DbInstance {
  return {
    id,
    arn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
    engine: 'postgres',
    engineVersion: '16.3',
    storageEncrypted: true,
    publiclyAccessible: false,
    multiAz: true,
    autoMinorVersionUpgrade: true,
    parameterGroups: ['default.postgres16'],
    port: 5433,
    masterUsername: 'app_owner',
    deletionProtection: true,
    backupRetentionPeriod: 7,
    copyTagsToSnapshot: true,
    iamAuth: true,
    monitoringInterval: 60,
    cloudwatchLogs: ['postgresql'],
    vpcId: 'vpc-1',
    securityGroups: ['sg-1'],
    tags: {},
    ...o,
  };
}

export function makeDbCluster(id: string, o: Partial<DbCluster> = {}): DbCluster {
  return {
    id,
    arn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
    engine: 'aurora-mysql',
    engineMode: 'provisioned',
    multiAz: true,
    storageEncrypted: true,
    memberCount: 2,
    members: [`${id}-1`, `${id}-2`],
    engineVersion: '8.0.mysql_aurora.3.05.2',
    port: 3307,
    masterUsername: 'app_owner',
    deletionProtection: true,
    backupRetentionPeriod: 7,
    copyTagsToSnapshot: true,
    iamAuth: true,
    cloudwatchLogs: ['audit', 'error'],
    backtrackWindow: 86400,
    tags: {},
    ...o,
  };
}

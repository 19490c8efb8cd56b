/** Test-only builders: compliant DMS resources, changed field by field. */
import type { DmsEndpoint, ReplicationInstance, ReplicationTask } from './collectors.js';

export const makeInstance = (id: string, o: Partial<ReplicationInstance> = {}): ReplicationInstance => ({
  id,
  arn: `arn:aws:dms:us-east-1:123456789012:rep:${id}`,
  publiclyAccessible: false,
  multiAz: true,
  autoMinorVersionUpgrade: true,
  vpcId: 'vpc-1',
  subnetIds: ['subnet-1'],
  securityGroupIds: ['sg-1'],
  publicIps: [],
  ...o,
});

export const makeEndpoint = (id: string, o: Partial<DmsEndpoint> = {}): DmsEndpoint => ({
  id,
  arn: `arn:aws:dms:us-east-1:123456789012:endpoint:${id}`,
  type: 'source',
  engine: 'postgres',
  sslMode: 'verify-full',
  ...o,
});

const ALL_COMPONENTS = ['SOURCE_UNLOAD', 'SOURCE_CAPTURE', 'TARGET_LOAD', 'TARGET_APPLY', 'TASK_MANAGER'];

export const makeTask = (id: string, o: Partial<ReplicationTask> = {}): ReplicationTask => ({
  id,
  arn: `arn:aws:dms:us-east-1:123456789012:task:${id}`,
  status: 'running',
  migrationType: 'full-load-and-cdc',
  loggingEnabled: true,
  logComponents: ALL_COMPONENTS.map((c) => ({ id: c, severity: 'LOGGER_SEVERITY_DEFAULT' })),
  ...o,
});

/** The default components with one component's severity changed. */
export const withSeverity = (component: string, severity: string) => ALL_COMPONENTS.map((c) => ({ id: c, severity: c === component ? severity : 'LOGGER_SEVERITY_DEFAULT' }));

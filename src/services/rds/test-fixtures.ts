/** Fixture builder for the RDS check tests (test-only): a compliant instance, changed field by field. */
import type { DbInstance } from './collectors.js';

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
    tags: {},
    ...o,
  };
}

import { describe, expect, it } from 'vitest';
import check from './rds_instance_no_public_access.js';
import { instances, type DbInstance } from '../collectors.js';
import { makeDbInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const db = (id: string, o: Partial<DbInstance> = {}): DbInstance => makeDbInstance(id, { engine: 'mysql', engineVersion: '8.0.36', parameterGroups: ['default.mysql8.0'], ...o });

describe('rds_instance_no_public_access', () => {
  it('PASS for a private instance, FAIL naming the endpoint of a public one', () => {
    const findings = runCheck(
      check,
      new FixtureInventory().set(instances, [db('internal'), db('exposed', { publiclyAccessible: true, endpoint: 'exposed.abc.us-east-1.rds.amazonaws.com' })]),
    );
    expect(statusById(findings)).toEqual({ internal: 'PASS', exposed: 'FAIL' });
    expect(findings.find((f) => f.status === 'FAIL')?.statusExtended).toContain('exposed.abc.us-east-1.rds.amazonaws.com');
  });
  it('ERROR when the instances could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(instances, { error: denied('rds:DescribeDBInstances') }));
    expect(f.status).toBe('ERROR');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
    expect(f.statusExtended).toContain('rds:DescribeDBInstances');
  });
});

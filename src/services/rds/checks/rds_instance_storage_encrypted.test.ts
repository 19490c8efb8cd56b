import { describe, expect, it } from 'vitest';
import check from './rds_instance_storage_encrypted.js';
import { instances } from '../collectors.js';
import { makeDbInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const db = makeDbInstance;

describe('rds_instance_storage_encrypted', () => {
  it('PASS for an encrypted instance and FAIL for an unencrypted one', () => {
    const findings = runCheck(check, new FixtureInventory().set(instances, [db('orders'), db('legacy', { storageEncrypted: false })]));
    expect(statusById(findings)).toEqual({ orders: 'PASS', legacy: 'FAIL' });
    const legacy = findings.find((f) => f.resource.id === 'legacy');
    expect(legacy?.resource.arn).toBe('arn:aws:rds:us-east-1:123456789012:db:legacy');
    expect(legacy?.statusExtended).toContain('legacy');
  });
  it('reports nothing for a region without instances', () => {
    expect(runCheck(check, new FixtureInventory(['us-east-1', 'eu-west-1']).set(instances, []))).toEqual([]);
  });
  it('ERROR in the region whose instances could not be listed, verdicts elsewhere', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(instances, [db('orders', { storageEncrypted: false })], ['us-east-1'])
      .set(instances, { error: denied('rds:DescribeDBInstances') }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'FAIL'],
      ['eu-west-1', 'ERROR'],
    ]);
    expect(findings[1].statusExtended).toContain('rds:DescribeDBInstances');
  });
});

import { describe, expect, it } from 'vitest';
import check, { tlsParameterFor } from './rds_instance_transport_encrypted.js';
import { clusters, instances, sslParameters, type DbInstance } from '../collectors.js';
import { makeDbInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const db = (id: string, o: Partial<DbInstance> = {}): DbInstance => makeDbInstance(id, { parameterGroups: ['pg'], ...o });
const ok = <T>(data: T) => ({ ok: true as const, data });

describe('rds_instance_transport_encrypted', () => {
  it('maps engines to their TLS parameter', () => {
    expect(tlsParameterFor('postgres')).toBe('rds.force_ssl');
    expect(tlsParameterFor('sqlserver-se')).toBe('rds.force_ssl');
    expect(tlsParameterFor('aurora-mysql')).toBe('require_secure_transport');
    expect(tlsParameterFor('mariadb')).toBe('require_secure_transport');
    expect(tlsParameterFor('oracle-ee')).toBeUndefined();
    expect(tlsParameterFor('custom-sqlserver-ee')).toBeUndefined();
  });

  it('PASS when the instance parameter group forces TLS, FAIL when it does not or lacks the parameter', () => {
    const fx = new FixtureInventory()
      .set(instances, [
        db('secure', { parameterGroups: ['pg-tls'] }),
        db('plain', { parameterGroups: ['pg-plain'] }),
        db('mysql-on', { engine: 'mysql', parameterGroups: ['my-on'] }),
        db('mysql-default', { engine: 'mysql', parameterGroups: ['default.mysql5.7'] }),
      ])
      .set(clusters, [])
      .set(sslParameters, {
        dbParameterGroups: {
          'pg-tls': ok({ 'rds.force_ssl': '1' }),
          'pg-plain': ok({ 'rds.force_ssl': '0' }),
          'my-on': ok({ require_secure_transport: 'ON' }),
          'default.mysql5.7': ok({ require_secure_transport: null }),
        },
        clusterParameterGroups: {},
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ secure: 'PASS', plain: 'FAIL', 'mysql-on': 'PASS', 'mysql-default': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'plain')?.statusExtended).toContain('rds.force_ssl is 0 in parameter group pg-plain');
    expect(findings.find((f) => f.resource.id === 'mysql-default')?.statusExtended).toContain('require_secure_transport is not set');
  });

  it('judges Aurora members by their cluster parameter group', () => {
    const fx = new FixtureInventory()
      .set(instances, [db('ledger-1', { engine: 'aurora-mysql', clusterId: 'ledger', parameterGroups: ['default.aurora-mysql8.0'] })])
      .set(clusters, [{ id: 'ledger', arn: 'arn:aws:rds:us-east-1:123456789012:cluster:ledger', engine: 'aurora-mysql', multiAz: true, storageEncrypted: true, parameterGroup: 'aurora-tls', memberCount: 1, tags: {} }])
      .set(sslParameters, { dbParameterGroups: {}, clusterParameterGroups: { 'aurora-tls': ok({ require_secure_transport: 'ON' }) } });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toContain('cluster parameter group aurora-tls');
  });

  it('MANUAL for engines whose TLS enforcement is not a parameter', () => {
    const fx = new FixtureInventory()
      .set(instances, [db('ora', { engine: 'oracle-ee', parameterGroups: ['default.oracle-ee-19'] })])
      .set(clusters, [])
      .set(sslParameters, { dbParameterGroups: {}, clusterParameterGroups: {} });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('MANUAL');
    expect(f.statusExtended).toContain('option group');
  });

  it('ERROR naming the call when a parameter group could not be read', () => {
    const fx = new FixtureInventory()
      .set(instances, [db('locked', { parameterGroups: ['secret-pg'] }), db('secure', { parameterGroups: ['pg-tls'] })])
      .set(clusters, [])
      .set(sslParameters, {
        dbParameterGroups: { 'secret-pg': { ok: false, error: denied('rds:DescribeDBParameters') }, 'pg-tls': ok({ 'rds.force_ssl': '1' }) },
        clusterParameterGroups: {},
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ locked: 'ERROR', secure: 'PASS' });
    expect(findings[0].statusExtended).toContain('rds:DescribeDBParameters');
    expect(findings[0].statusExtended).toContain('secret-pg');
  });

  it('ERROR when the whole parameter fact or the instance list failed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(instances, [db('a')], ['us-east-1'])
      .set(instances, { error: denied('rds:DescribeDBInstances') }, ['eu-west-1'])
      .set(clusters, [])
      .set(sslParameters, { error: denied('rds:DescribeDBParameters') });
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status, f.error?.operation])).toEqual([
      ['us-east-1', 'ERROR', 'rds:DescribeDBParameters'],
      ['eu-west-1', 'ERROR', 'rds:DescribeDBInstances'],
    ]);
  });
});

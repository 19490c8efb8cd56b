import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDBClusterCommand,
  CreateDBClusterParameterGroupCommand,
  CreateDBInstanceCommand,
  CreateDBParameterGroupCommand,
  DescribeDBParametersCommand,
  ModifyDBClusterParameterGroupCommand,
  ModifyDBParameterGroupCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { clusters, instances, sslParameters } from './collectors.js';

describe('rds collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
    const east = new RDSClient(moto.config('us-east-1'));
    await east.send(new CreateDBParameterGroupCommand({ DBParameterGroupName: 'pg-ssl', DBParameterGroupFamily: 'postgres16', Description: 'ssl' }));
    await east.send(
      new ModifyDBParameterGroupCommand({
        DBParameterGroupName: 'pg-ssl',
        Parameters: [
          { ParameterName: 'rds.force_ssl', ParameterValue: '1', ApplyMethod: 'immediate' },
          { ParameterName: 'work_mem', ParameterValue: '8192', ApplyMethod: 'immediate' },
        ],
      }),
    );
    await east.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'orders',
        Engine: 'postgres',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: 20,
        MasterUsername: 'admin',
        MasterUserPassword: 'password123',
        StorageEncrypted: true,
        MultiAZ: true,
        PubliclyAccessible: false,
        AutoMinorVersionUpgrade: true,
        DBParameterGroupName: 'pg-ssl',
        Tags: [{ Key: 'team', Value: 'shop' }],
      }),
    );
    await east.send(
      new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: 'aurora-tls', DBParameterGroupFamily: 'aurora-mysql8.0', Description: 'tls' }),
    );
    await east.send(
      new ModifyDBClusterParameterGroupCommand({
        DBClusterParameterGroupName: 'aurora-tls',
        Parameters: [{ ParameterName: 'require_secure_transport', ParameterValue: 'ON', ApplyMethod: 'immediate' }],
      }),
    );
    await east.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'ledger',
        Engine: 'aurora-mysql',
        MasterUsername: 'admin',
        MasterUserPassword: 'password123',
        DBClusterParameterGroupName: 'aurora-tls',
        StorageEncrypted: true,
      }),
    );
    await east.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'ledger-1',
        DBClusterIdentifier: 'ledger',
        Engine: 'aurora-mysql',
        DBInstanceClass: 'db.r6g.large',
      }),
    );
    const west = new RDSClient(moto.config('eu-west-1'));
    await west.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'legacy',
        Engine: 'mysql',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: 20,
        MasterUsername: 'admin',
        MasterUserPassword: 'password123',
        PubliclyAccessible: true,
        AutoMinorVersionUpgrade: false,
      }),
    );
  });
  afterAll(async () => moto?.stop());

  it('reads instances and clusters in each region', async () => {
    const inv = await collectFromMoto(moto, [instances, clusters], ['us-east-1', 'eu-west-1']);
    const east = inv.get(instances, 'us-east-1');
    expect(east.ok).toBe(true);
    if (!east.ok) return;
    const orders = east.data.find((i) => i.id === 'orders');
    expect(orders).toMatchObject({
      engine: 'postgres',
      storageEncrypted: true,
      multiAz: true,
      publiclyAccessible: false,
      autoMinorVersionUpgrade: true,
      parameterGroups: ['pg-ssl'],
      tags: { team: 'shop' },
    });
    expect(orders?.arn).toBe('arn:aws:rds:us-east-1:123456789012:db:orders');
    expect(east.data.find((i) => i.id === 'ledger-1')?.clusterId).toBe('ledger');

    const west = inv.get(instances, 'eu-west-1');
    expect(west.ok && west.data.map((i) => [i.id, i.publiclyAccessible, i.autoMinorVersionUpgrade, i.storageEncrypted])).toEqual([
      ['legacy', true, false, false],
    ]);

    const cl = inv.get(clusters, 'us-east-1');
    expect(cl.ok && cl.data.map((c) => [c.id, c.engine, c.parameterGroup])).toEqual([['ledger', 'aurora-mysql', 'aurora-tls']]);
    expect(inv.get(clusters, 'eu-west-1')).toEqual({ ok: true, data: [] });
  });

  it('reads only the TLS parameters of the groups in use, per region', async () => {
    const inv = await collectFromMoto(moto, [sslParameters], ['us-east-1', 'eu-west-1']);
    const east = inv.get(sslParameters, 'us-east-1');
    expect(east.ok).toBe(true);
    if (!east.ok) return;
    expect(east.data.dbParameterGroups['pg-ssl']).toEqual({ ok: true, data: { 'rds.force_ssl': '1' } });
    expect(east.data.clusterParameterGroups['aurora-tls']).toEqual({ ok: true, data: { require_secure_transport: 'ON' } });
    // The Aurora member's own (default) instance group is not read: TLS is a cluster-level setting there.
    expect(Object.keys(east.data.dbParameterGroups)).toEqual(['pg-ssl']);
    const west = inv.get(sslParameters, 'eu-west-1');
    // moto's default group carries no parameter values: the group is read, and it does not force TLS.
    expect(west.ok && west.data.dbParameterGroups).toEqual({ 'default.mysql5.6': { ok: true, data: {} } });
  });
});

describe('rds sslParameters errors (aws-sdk-client-mock)', () => {
  it('keeps a denied parameter group as a per-group error', async () => {
    const mock = mockClient(RDSClient);
    try {
      const { DescribeDBInstancesCommand } = await import('@aws-sdk/client-rds');
      mock.on(DescribeDBInstancesCommand).resolves({
        DBInstances: [
          { DBInstanceIdentifier: 'a', Engine: 'postgres', DBParameterGroups: [{ DBParameterGroupName: 'open' }] },
          { DBInstanceIdentifier: 'b', Engine: 'postgres', DBParameterGroups: [{ DBParameterGroupName: 'locked' }] },
        ],
      });
      mock.on(DescribeDBParametersCommand, { DBParameterGroupName: 'open' }).resolves({ Parameters: [{ ParameterName: 'rds.force_ssl', ParameterValue: '0' }] });
      mock
        .on(DescribeDBParametersCommand, { DBParameterGroupName: 'locked' })
        .rejects(Object.assign(new Error('User is not authorized to perform rds:DescribeDBParameters'), { name: 'AccessDenied' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [sslParameters]);
      const r = inv.get(sslParameters);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.data.dbParameterGroups.open).toEqual({ ok: true, data: { 'rds.force_ssl': '0' } });
      expect(r.data.dbParameterGroups.locked).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'rds:DescribeDBParameters' } });
    } finally {
      mock.restore();
    }
  });

  it('records a denied DescribeDBInstances as the fact error', async () => {
    const mock = mockClient(RDSClient);
    try {
      const { DescribeDBInstancesCommand } = await import('@aws-sdk/client-rds');
      mock.on(DescribeDBInstancesCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [instances, sslParameters]);
      expect(inv.get(instances)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'rds:DescribeDBInstances' } });
      expect(inv.get(sslParameters)).toMatchObject({ ok: false, error: { kind: 'AccessDenied' } });
    } finally {
      mock.restore();
    }
  });
});

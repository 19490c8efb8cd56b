import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDBClusterCommand,
  CreateDBClusterParameterGroupCommand,
  CreateDBInstanceCommand,
  CreateDBParameterGroupCommand,
  CreateDBSnapshotCommand,
  CreateDBClusterSnapshotCommand,
  CreateEventSubscriptionCommand,
  ModifyDBSnapshotAttributeCommand,
  DescribeDBParametersCommand,
  ModifyDBClusterParameterGroupCommand,
  ModifyDBParameterGroupCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { clusters, clusterSnapshots, dbSnapshots, engineVersions, eventSubscriptions, instances, sslParameters } from './collectors.js';

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

  it('reads the hardening fields, snapshots with their restore attribute, and event subscriptions', async () => {
    const east = new RDSClient(moto.config('us-east-1'));
    await east.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders', DBSnapshotIdentifier: 'orders-open' }));
    await east.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'orders-open', AttributeName: 'restore', ValuesToAdd: ['all'] }));
    await east.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders', DBSnapshotIdentifier: 'orders-private' }));
    await east.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'ledger', DBClusterSnapshotIdentifier: 'ledger-snap' }));
    await east.send(
      new CreateEventSubscriptionCommand({
        SubscriptionName: 'db-alerts',
        SnsTopicArn: 'arn:aws:sns:us-east-1:123456789012:alerts',
        SourceType: 'db-instance',
        EventCategories: ['failure', 'maintenance'],
        Enabled: true,
      }),
    );
    const inv = await collectFromMoto(moto, [instances, clusters, dbSnapshots, clusterSnapshots, eventSubscriptions], ['us-east-1']);
    const inst = inv.get(instances);
    const orders = inst.ok ? inst.data.find((i) => i.id === 'orders') : undefined;
    expect(orders).toMatchObject({ masterUsername: 'admin', port: 5432, copyTagsToSnapshot: false, deletionProtection: false, cloudwatchLogs: [] });
    expect(orders?.backupRetentionPeriod).toBeGreaterThanOrEqual(0);
    const cl = inv.get(clusters);
    expect(cl.ok && cl.data[0]).toMatchObject({ id: 'ledger', masterUsername: 'admin', storageEncrypted: true, members: ['ledger-1'], deletionProtection: false });

    const snaps = inv.get(dbSnapshots);
    expect(snaps.ok && snaps.data.filter((x) => x.type === 'manual').map((x) => [x.id, x.source, x.public]).sort()).toEqual([
      ['orders-open', 'orders', { ok: true, data: true }],
      ['orders-private', 'orders', { ok: true, data: false }],
    ]);
    const csnaps = inv.get(clusterSnapshots);
    expect(csnaps.ok && csnaps.data.filter((x) => x.type === 'manual').map((x) => [x.id, x.source, x.encrypted, x.public])).toEqual([['ledger-snap', 'ledger', true, { ok: true, data: false }]]);
    expect(inv.get(eventSubscriptions)).toMatchObject({
      ok: true,
      data: [{ name: 'db-alerts', enabled: true, sourceType: 'db-instance', categories: ['failure', 'maintenance'], sourceIds: [] }],
    });
  });
});

describe('rds engine versions (aws-sdk-client-mock: moto lacks DescribeDBEngineVersions)', () => {
  it('asks once per engine in use and keeps a denied engine as a per-engine error', async () => {
    const mock = mockClient(RDSClient);
    try {
      const { DescribeDBInstancesCommand, DescribeDBClustersCommand, DescribeDBEngineVersionsCommand } = await import('@aws-sdk/client-rds');
      mock.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{ DBInstanceIdentifier: 'a', Engine: 'postgres', EngineVersion: '16.3' }] });
      mock.on(DescribeDBClustersCommand).resolves({ DBClusters: [{ DBClusterIdentifier: 'c', Engine: 'aurora-mysql' }] });
      mock.on(DescribeDBEngineVersionsCommand, { Engine: 'postgres' }).resolves({
        DBEngineVersions: [
          { Engine: 'postgres', EngineVersion: '16.3', Status: 'available' },
          { Engine: 'postgres', EngineVersion: '9.6.1', Status: 'deprecated' },
        ],
      });
      mock.on(DescribeDBEngineVersionsCommand, { Engine: 'aurora-mysql' }).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [engineVersions]);
      const r = inv.get(engineVersions);
      expect(r.ok && r.data.postgres).toEqual({ ok: true, data: ['16.3'] });
      expect(r.ok && r.data['aurora-mysql']).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'rds:DescribeDBEngineVersions' } });
      expect(mock.commandCalls(DescribeDBEngineVersionsCommand)).toHaveLength(2);
    } finally {
      mock.restore();
    }
  });

  it('reads MonitoringInterval, EngineLifecycleSupport and the certificate expiry (aws-sdk-client-mock: moto drops them)', async () => {
    const mock = mockClient(RDSClient);
    try {
      const { DescribeDBInstancesCommand } = await import('@aws-sdk/client-rds');
      mock.on(DescribeDBInstancesCommand).resolves({
        DBInstances: [
          {
            DBInstanceIdentifier: 'a',
            Engine: 'mysql',
            MonitoringInterval: 30,
            EngineLifecycleSupport: 'open-source-rds-extended-support',
            CACertificateIdentifier: 'rds-ca-rsa2048-g1',
            CertificateDetails: { CAIdentifier: 'rds-ca-rsa2048-g1', ValidTill: new Date('2027-05-01T00:00:00Z') },
          },
        ],
      });
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [instances]);
      const r = inv.get(instances);
      expect(r.ok && r.data[0]).toMatchObject({
        monitoringInterval: 30,
        engineLifecycleSupport: 'open-source-rds-extended-support',
        caCertificate: 'rds-ca-rsa2048-g1',
        certificateValidTill: '2027-05-01T00:00:00.000Z',
      });
    } finally {
      mock.restore();
    }
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

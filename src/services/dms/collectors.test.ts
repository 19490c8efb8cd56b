import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateEndpointCommand,
  DatabaseMigrationServiceClient,
  DescribeEndpointsCommand,
  DescribeReplicationInstancesCommand,
  DescribeReplicationTasksCommand,
} from '@aws-sdk/client-database-migration-service';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { endpoints, parseTaskLogging, replicationInstances, replicationTasks } from './collectors.js';

describe('dms collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists endpoints with their security settings', async () => {
    const dms = new DatabaseMigrationServiceClient(moto.config('us-east-1'));
    await dms.send(
      new CreateEndpointCommand({ EndpointIdentifier: 'pg-src', EndpointType: 'source', EngineName: 'postgres', ServerName: 'db', Port: 5432, DatabaseName: 'app', Username: 'u', Password: 'p', SslMode: 'verify-full' }),
    );
    await dms.send(
      new CreateEndpointCommand({ EndpointIdentifier: 'mongo-src', EndpointType: 'source', EngineName: 'mongodb', MongoDbSettings: { AuthType: 'no', ServerName: 'mongo', Port: 27017 } }),
    );
    await dms.send(
      new CreateEndpointCommand({ EndpointIdentifier: 'redis-tgt', EndpointType: 'target', EngineName: 'redis', RedisSettings: { ServerName: 'cache', Port: 6379, SslSecurityProtocol: 'plaintext' } }),
    );
    const inv = await collectFromMoto(moto, [endpoints]);
    const e = inv.get(endpoints);
    expect(e.ok && Object.fromEntries(e.data.map((x) => [x.id, x]))).toMatchObject({
      'pg-src': { engine: 'postgres', type: 'source', sslMode: 'verify-full' },
      'mongo-src': { engine: 'mongodb', mongoAuthType: 'no' },
      'redis-tgt': { engine: 'redis', type: 'target', redisSslProtocol: 'plaintext' },
    });
  });
});

// moto 5.2 returns InstanceCreateTime and the task dates as ISO strings, which SDK v3 refuses to parse
// (JSON protocol timestamps are epoch numbers), so instances and tasks are mocked.
describe('dms replication instances and tasks (aws-sdk-client-mock: moto returns timestamps SDK v3 cannot parse)', () => {
  it('reads the instance network and settings, and the task logging', async () => {
    const mock = mockClient(DatabaseMigrationServiceClient);
    try {
      mock.on(DescribeReplicationInstancesCommand).resolves({
        ReplicationInstances: [
          {
            ReplicationInstanceIdentifier: 'migrator',
            PubliclyAccessible: true,
            MultiAZ: true,
            AutoMinorVersionUpgrade: false,
            ReplicationSubnetGroup: { VpcId: 'vpc-1', Subnets: [{ SubnetIdentifier: 'subnet-a' }, { SubnetIdentifier: 'subnet-b' }] },
            VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1', Status: 'active' }],
            ReplicationInstancePublicIpAddress: '54.0.0.1',
            ReplicationInstancePublicIpAddresses: ['54.0.0.1'],
          },
          { ReplicationInstanceIdentifier: 'private', PubliclyAccessible: false, ReplicationInstancePublicIpAddress: '0.0.0.0' },
        ],
      });
      mock.on(DescribeReplicationTasksCommand).resolves({
        ReplicationTasks: [
          {
            ReplicationTaskIdentifier: 'copy',
            Status: 'running',
            MigrationType: 'cdc',
            ReplicationTaskSettings: JSON.stringify({ Logging: { EnableLogging: true, LogComponents: [{ Id: 'SOURCE_CAPTURE', Severity: 'LOGGER_SEVERITY_DEFAULT' }] } }),
          },
          { ReplicationTaskIdentifier: 'broken', ReplicationTaskSettings: '{' },
        ],
      });
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [replicationInstances, replicationTasks]);
      expect(inv.get(replicationInstances)).toMatchObject({
        ok: true,
        data: [
          {
            id: 'migrator',
            arn: 'arn:aws:dms:us-east-1:123456789012:rep:migrator',
            publiclyAccessible: true,
            multiAz: true,
            autoMinorVersionUpgrade: false,
            vpcId: 'vpc-1',
            subnetIds: ['subnet-a', 'subnet-b'],
            securityGroupIds: ['sg-1'],
            publicIps: ['54.0.0.1'],
          },
          { id: 'private', publiclyAccessible: false, subnetIds: [], securityGroupIds: [], publicIps: [] },
        ],
      });
      expect(inv.get(replicationTasks)).toMatchObject({
        ok: true,
        data: [
          { id: 'copy', status: 'running', migrationType: 'cdc', loggingEnabled: true, logComponents: [{ id: 'SOURCE_CAPTURE', severity: 'LOGGER_SEVERITY_DEFAULT' }] },
          { id: 'broken', loggingEnabled: false, settingsUnreadable: true },
        ],
      });
    } finally {
      mock.restore();
    }
  });
});

describe('dms task settings', () => {
  it('reads logging from the settings document, and tells an unreadable document apart', () => {
    expect(parseTaskLogging(undefined)).toEqual({ loggingEnabled: false, logComponents: [] });
    expect(parseTaskLogging('{"Logging":{"EnableLogging":false}}')).toEqual({ loggingEnabled: false, logComponents: [] });
    expect(parseTaskLogging('{not json')).toBeUndefined();
  });
});

describe('dms collectors errors (aws-sdk-client-mock)', () => {
  it('records a denial as the fact error and reads Neptune IAM authorization', async () => {
    const mock = mockClient(DatabaseMigrationServiceClient);
    try {
      mock.on(DescribeEndpointsCommand).resolves({ Endpoints: [{ EndpointIdentifier: 'g', EngineName: 'neptune', NeptuneSettings: { S3BucketName: 'b', S3BucketFolder: 'f', IamAuthEnabled: true } }] });
      const ok = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [endpoints]);
      expect(ok.get(endpoints)).toMatchObject({ ok: true, data: [{ id: 'g', engine: 'neptune', neptuneIamAuth: true }] });
      mock.reset();
      mock.on(DescribeEndpointsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [endpoints]);
      expect(inv.get(endpoints)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'dms:DescribeEndpoints' } });
    } finally {
      mock.restore();
    }
  });
});

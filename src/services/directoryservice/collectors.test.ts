import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDirectoryCommand,
  CreateLogSubscriptionCommand,
  CreateMicrosoftADCommand,
  DescribeDirectoriesCommand,
  DescribeEventTopicsCommand,
  DirectoryServiceClient,
  GetSnapshotLimitsCommand,
  ListCertificatesCommand,
} from '@aws-sdk/client-directory-service';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { certificates, directories, eventTopics, logSubscriptions, snapshotLimits } from './collectors.js';

const err = (name: string) => Object.assign(new Error(name), { name });

describe('directoryservice collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists directories and the log subscriptions of Managed Microsoft AD only', async () => {
    const ec2 = new EC2Client(moto.config('us-east-1'));
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
    const a = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet!.SubnetId!;
    const b = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.0.2.0/24', AvailabilityZone: 'us-east-1b' }))).Subnet!.SubnetId!;
    const ds = new DirectoryServiceClient(moto.config('us-east-1'));
    const secret = ['Sup3r', 'Secret', '!pw'].join('');
    const ms = (await ds.send(new CreateMicrosoftADCommand({ Name: 'corp.example.com', Password: secret, VpcSettings: { VpcId: vpc, SubnetIds: [a, b] } }))).DirectoryId!;
    const simple = (await ds.send(new CreateDirectoryCommand({ Name: 'small.example.com', Password: secret, Size: 'Small', VpcSettings: { VpcId: vpc, SubnetIds: [a, b] } }))).DirectoryId!;
    await ds.send(new CreateLogSubscriptionCommand({ DirectoryId: ms, LogGroupName: '/aws/directoryservice/corp' }));

    const inv = await collectFromMoto(moto, [directories, logSubscriptions]);
    const dirs = inv.get(directories);
    expect(dirs.ok && dirs.data.map((d) => [d.id, d.type, d.radius]).sort()).toEqual([[ms, 'MicrosoftAD', null], [simple, 'SimpleAD', null]].sort());
    const arn = (id: string) => `arn:aws:ds:us-east-1:123456789012:directory/${id}`;
    expect(inv.get(logSubscriptions)).toEqual({ ok: true, data: { [arn(ms)]: { ok: true, data: ['/aws/directoryservice/corp'] } } });
  });
});

describe('directoryservice collectors (aws-sdk-client-mock: moto lacks DescribeEventTopics, GetSnapshotLimits, ListCertificates)', () => {
  it('reads topics, snapshot limits and certificates per directory type; unsupported is null, denial is kept', async () => {
    const mock = mockClient(DirectoryServiceClient);
    mock.on(DescribeDirectoriesCommand).resolves({
      DirectoryDescriptions: [
        { DirectoryId: 'd-1', Name: 'corp', Type: 'MicrosoftAD', Stage: 'Active', RadiusStatus: 'Completed', RadiusSettings: { RadiusServers: ['10.0.1.5'], AuthenticationProtocol: 'MS-CHAPv2' } },
        { DirectoryId: 'd-2', Name: 'conn', Type: 'ADConnector', Stage: 'Active' },
        { DirectoryId: 'd-3', Name: 'small', Type: 'SimpleAD', Stage: 'Active' },
      ],
    });
    mock.on(DescribeEventTopicsCommand, { DirectoryId: 'd-1' }).resolves({ EventTopics: [{ TopicArn: 'arn:aws:sns:us-east-1:123456789012:t', Status: 'Registered' }] });
    mock.on(DescribeEventTopicsCommand, { DirectoryId: 'd-2' }).rejects(err('AccessDeniedException'));
    mock.on(DescribeEventTopicsCommand, { DirectoryId: 'd-3' }).resolves({ EventTopics: [] });
    mock.on(GetSnapshotLimitsCommand, { DirectoryId: 'd-1' }).resolves({ SnapshotLimits: { ManualSnapshotsLimit: 5, ManualSnapshotsCurrentCount: 4, ManualSnapshotsLimitReached: false } });
    mock.on(GetSnapshotLimitsCommand, { DirectoryId: 'd-3' }).rejects(err('UnsupportedOperationException'));
    mock.on(ListCertificatesCommand, { DirectoryId: 'd-1' }).resolves({
      CertificatesInfo: [{ CertificateId: 'c-1', CommonName: 'ldaps.corp', State: 'Registered', ExpiryDateTime: new Date('2027-01-01T00:00:00Z'), Type: 'ClientLDAPS' }],
    });
    mock.on(ListCertificatesCommand, { DirectoryId: 'd-2' }).rejects(err('UnsupportedOperationException'));
    try {
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [directories, eventTopics, snapshotLimits, certificates]);
      const arn = (id: string) => `arn:aws:ds:us-east-1:123456789012:directory/${id}`;
      const dirs = inv.get(directories);
      expect(dirs.ok && dirs.data[0].radius).toEqual({ status: 'Completed', protocol: 'MS-CHAPv2', servers: ['10.0.1.5'] });
      const topics = inv.get(eventTopics);
      expect(topics.ok && topics.data[arn('d-1')]).toEqual({ ok: true, data: [{ topicArn: 'arn:aws:sns:us-east-1:123456789012:t', status: 'Registered' }] });
      expect(topics.ok && topics.data[arn('d-2')]).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'ds:DescribeEventTopics' } });
      expect(inv.get(snapshotLimits)).toEqual({
        ok: true,
        data: { [arn('d-1')]: { ok: true, data: { limit: 5, current: 4, reached: false } }, [arn('d-3')]: { ok: true, data: null } },
      });
      expect(inv.get(certificates)).toEqual({
        ok: true,
        data: {
          [arn('d-1')]: { ok: true, data: [{ id: 'c-1', commonName: 'ldaps.corp', state: 'Registered', type: 'ClientLDAPS', expires: '2027-01-01T00:00:00.000Z' }] },
          [arn('d-2')]: { ok: true, data: null },
        },
      });
    } finally {
      mock.restore();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  PutConfigurationAggregatorCommand,
  PutConfigurationRecorderCommand,
  PutDeliveryChannelCommand,
  StartConfigurationRecorderCommand,
} from '@aws-sdk/client-config-service';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateAccountCommand, CreateOrganizationCommand, ListAccountsCommand, OrganizationsClient, RegisterDelegatedAdministratorCommand } from '@aws-sdk/client-organizations';
import { startMoto, TEST_ACCOUNT, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { aggregators, configDelegatedAdmins, recorders } from './collectors.js';
import { delegatedAdministrators } from '../organizations/collectors.js';

const ROLE = `arn:aws:iam::${TEST_ACCOUNT}:role/config-recorder`;

describe('config collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads recorders and their status in each region', async () => {
    await new S3Client(moto.config()).send(new CreateBucketCommand({ Bucket: 'config-snapshots' }));
    const use1 = new ConfigServiceClient(moto.config('us-east-1'));
    await use1.send(
      new PutConfigurationRecorderCommand({
        ConfigurationRecorder: { name: 'default', roleARN: ROLE, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } },
      }),
    );
    await use1.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: 'config-snapshots' } }));
    await use1.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
    const euw1 = new ConfigServiceClient(moto.config('eu-west-1'));
    await euw1.send(
      new PutConfigurationRecorderCommand({
        ConfigurationRecorder: {
          name: 'partial',
          roleARN: ROLE,
          recordingGroup: { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: ['AWS::EC2::Instance', 'AWS::S3::Bucket'] },
        },
      }),
    );

    const inv = await collectFromMoto(moto, [recorders], ['us-east-1', 'eu-west-1', 'ap-south-1']);
    const us = inv.get(recorders, 'us-east-1');
    if (!us.ok) throw new Error(JSON.stringify(us));
    expect(us.data).toHaveLength(1);
    expect(us.data[0]).toMatchObject({ name: 'default', roleArn: ROLE, allSupported: true, includeGlobalResourceTypes: true, status: { ok: true, data: { recording: true } } });
    expect(us.data[0].arn).toContain(':config:us-east-1:');

    const eu = inv.get(recorders, 'eu-west-1');
    if (!eu.ok) throw new Error(JSON.stringify(eu));
    expect(eu.data[0]).toMatchObject({ name: 'partial', allSupported: false, includedResourceTypeCount: 2, status: { ok: true, data: { recording: false } } });

    expect(inv.get(recorders, 'ap-south-1')).toEqual({ ok: true, data: [] });
  });

  it('reads organization aggregators and the delegated administrators of AWS Config', async () => {
    const org = new OrganizationsClient(moto.config());
    await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    await org.send(new CreateAccountCommand({ AccountName: 'audit', Email: 'audit@example.com' }));
    const audit = (await org.send(new ListAccountsCommand({}))).Accounts!.find((a) => a.Name === 'audit')!.Id!;
    await org.send(new RegisterDelegatedAdministratorCommand({ AccountId: audit, ServicePrincipal: 'config-multiaccountsetup.amazonaws.com' }));
    const config = new ConfigServiceClient(moto.config('us-east-1'));
    await config.send(new PutConfigurationAggregatorCommand({ ConfigurationAggregatorName: 'org', OrganizationAggregationSource: { RoleArn: ROLE, AllAwsRegions: true } }));
    await config.send(
      new PutConfigurationAggregatorCommand({ ConfigurationAggregatorName: 'two-regions', AccountAggregationSources: [{ AccountIds: [TEST_ACCOUNT], AwsRegions: ['us-east-1', 'eu-west-1'] }] }),
    );

    const inv = await collectFromMoto(moto, [delegatedAdministrators, configDelegatedAdmins, aggregators]);
    expect(inv.get(configDelegatedAdmins, 'us-east-1')).toEqual({ ok: true, data: { inOrganization: true, managementAccountId: TEST_ACCOUNT, admins: [audit] } });
    const aggs = inv.get(aggregators, 'us-east-1');
    expect(aggs.ok && aggs.data.map(({ name, organization, allRegions, regions }) => ({ name, organization, allRegions, regions }))).toEqual([
      { name: 'org', organization: true, allRegions: true, regions: [] },
      { name: 'two-regions', organization: false, allRegions: false, regions: ['us-east-1', 'eu-west-1'] },
    ]);
  });
});

describe('config collectors: denied calls become data (aws-sdk-client-mock)', () => {
  const fake = { endpoint: 'http://127.0.0.1:9' } as Moto;
  const accessDenied = () => Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });

  it('keeps a denied status call as each recorder\'s status error', async () => {
    const mock = mockClient(ConfigServiceClient);
    try {
      mock.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true } }] });
      mock.on(DescribeConfigurationRecorderStatusCommand).rejects(accessDenied());
      const inv = await collectFromMoto(fake, [recorders]);
      const r = inv.get(recorders, 'us-east-1');
      if (!r.ok) throw new Error('recorders should be data');
      expect(r.data[0]).toMatchObject({
        name: 'default',
        arn: `arn:aws:config:us-east-1:${TEST_ACCOUNT}:configuration-recorder/default`,
        status: { ok: false, error: { kind: 'AccessDenied', operation: 'config:DescribeConfigurationRecorderStatus' } },
      });
    } finally {
      mock.restore();
    }
  });

  it('records a denied DescribeConfigurationRecorders as the fact error', async () => {
    const mock = mockClient(ConfigServiceClient);
    try {
      mock.on(DescribeConfigurationRecordersCommand).rejects(accessDenied());
      const inv = await collectFromMoto(fake, [recorders]);
      expect(inv.get(recorders, 'us-east-1')).toMatchObject({ ok: false, error: { kind: 'AccessDenied', code: 'AccessDeniedException' } });
    } finally {
      mock.restore();
    }
  });
});

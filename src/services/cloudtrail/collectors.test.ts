import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CloudTrailClient,
  CreateTrailCommand,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand,
} from '@aws-sdk/client-cloudtrail';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { startMoto, TEST_ACCOUNT, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { trailList, trails } from './collectors.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

describe('cloudtrail collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists trails per home region, with shadows, status and event selectors', async () => {
    await new S3Client(moto.config()).send(new CreateBucketCommand({ Bucket: 'trail-logs' }));
    const use1 = new CloudTrailClient(moto.config('us-east-1'));
    const euw1 = new CloudTrailClient(moto.config('eu-west-1'));
    await use1.send(
      new CreateTrailCommand({
        Name: 'org-wide',
        S3BucketName: 'trail-logs',
        IsMultiRegionTrail: true,
        EnableLogFileValidation: true,
        KmsKeyId: `arn:aws:kms:us-east-1:${TEST_ACCOUNT}:key/11111111-2222-3333-4444-555555555555`,
        CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${TEST_ACCOUNT}:log-group:trail:*`,
        CloudWatchLogsRoleArn: `arn:aws:iam::${TEST_ACCOUNT}:role/trail-to-logs`,
      }),
    );
    await use1.send(new StartLoggingCommand({ Name: 'org-wide' }));
    await use1.send(
      new PutEventSelectorsCommand({
        TrailName: 'org-wide',
        EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }],
      }),
    );
    await euw1.send(new CreateTrailCommand({ Name: 'local', S3BucketName: 'trail-logs' }));
    await euw1.send(
      new PutEventSelectorsCommand({
        TrailName: 'local',
        AdvancedEventSelectors: [
          { Name: 'writes', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }, { Field: 'readOnly', Equals: ['false'] }] },
        ],
      }),
    );

    const inv = await collectFromMoto(moto, [trails], REGIONS);
    const us = inv.get(trails, 'us-east-1');
    const eu = inv.get(trails, 'eu-west-1');
    if (!us.ok || !eu.ok) throw new Error(JSON.stringify({ us, eu }));
    expect(us.data.map((t) => t.name)).toEqual(['org-wide']);
    expect(eu.data.map((t) => t.name)).toEqual(['local']);

    const org = us.data[0];
    expect(org).toMatchObject({
      arn: `arn:aws:cloudtrail:us-east-1:${TEST_ACCOUNT}:trail/org-wide`,
      homeRegion: 'us-east-1',
      isMultiRegion: true,
      logFileValidationEnabled: true,
      s3BucketName: 'trail-logs',
      cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${TEST_ACCOUNT}:log-group:trail:*`,
      status: { ok: true, data: { isLogging: true } },
      eventSelectors: {
        ok: true,
        data: { classic: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }], advanced: [] },
      },
    });
    expect(org.kmsKeyId).toContain('11111111-2222');

    const local = eu.data[0];
    expect(local).toMatchObject({ isMultiRegion: false, logFileValidationEnabled: false, status: { ok: true, data: { isLogging: false } } });
    expect(local.kmsKeyId).toBeUndefined();
    expect(local.eventSelectors.ok && local.eventSelectors.data.advanced).toEqual([
      { name: 'writes', fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }, { field: 'readOnly', equals: ['false'] }] },
    ]);

    // The trail list of a region also shows the multi-region trail homed elsewhere (once, by its home).
    const euList = inv.get(trailList, 'eu-west-1');
    expect(euList.ok && euList.data.map((t) => `${t.name}@${t.homeRegion}`).sort()).toEqual(['local@eu-west-1', 'org-wide@us-east-1']);
    const usList = inv.get(trailList, 'us-east-1');
    expect(usList.ok && usList.data.map((t) => t.name)).toEqual(['org-wide']);
  });
});

describe('cloudtrail collectors: denied calls become data (aws-sdk-client-mock)', () => {
  const fake = { endpoint: 'http://127.0.0.1:9' } as Moto;
  const accessDenied = () => Object.assign(new Error('User is not authorized to perform cloudtrail:GetTrailStatus'), { name: 'AccessDeniedException' });

  it('keeps a denied GetTrailStatus as a per-trail error', async () => {
    const mock = mockClient(CloudTrailClient);
    try {
      mock.on(DescribeTrailsCommand).resolves({
        trailList: [
          { Name: 'a', TrailARN: `arn:aws:cloudtrail:us-east-1:${TEST_ACCOUNT}:trail/a`, HomeRegion: 'us-east-1', IsMultiRegionTrail: true },
        ],
      });
      mock.on(GetTrailStatusCommand).rejects(accessDenied());
      mock.on(GetEventSelectorsCommand).resolves({ EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true, ExcludeManagementEventSources: ['kms.amazonaws.com'] }] });
      const inv = await collectFromMoto(fake, [trails]);
      const r = inv.get(trails, 'us-east-1');
      if (!r.ok) throw new Error('trails should be data');
      expect(r.data[0].status).toMatchObject({ ok: false, error: { kind: 'AccessDenied', code: 'AccessDeniedException', operation: 'cloudtrail:GetTrailStatus' } });
      expect(r.data[0].eventSelectors).toEqual({
        ok: true,
        data: { classic: [{ readWriteType: 'WriteOnly', includeManagementEvents: true, excludeManagementEventSources: ['kms.amazonaws.com'], dataResources: [] }], advanced: [] },
      });
    } finally {
      mock.restore();
    }
  });

  it('records a denied DescribeTrails as the error of both facts', async () => {
    const mock = mockClient(CloudTrailClient);
    try {
      mock.on(DescribeTrailsCommand).rejects(accessDenied());
      const inv = await collectFromMoto(fake, [trails, trailList]);
      for (const f of [trails, trailList]) {
        expect(inv.get(f, 'us-east-1')).toMatchObject({ ok: false, error: { kind: 'AccessDenied', code: 'AccessDeniedException', operation: 'cloudtrail:DescribeTrails' } });
      }
    } finally {
      mock.restore();
    }
  });
});

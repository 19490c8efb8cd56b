import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudFrontClient, CreateDistributionCommand, GetDistributionConfigCommand, ListDistributionsCommand, type DistributionConfig } from '@aws-sdk/client-cloudfront';
import { CloudWatchLogsClient, CreateDeliveryCommand, DescribeDeliverySourcesCommand, PutDeliveryDestinationCommand, PutDeliverySourceCommand } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { distributions, logDeliveries, distributionLogging } from './collectors.js';

const config = (ref: string, extra: Partial<DistributionConfig> = {}, realtime?: string): DistributionConfig => ({
  CallerReference: ref,
  Comment: ref,
  Enabled: true,
  Origins: { Quantity: 1, Items: [{ Id: 'origin', DomainName: 'origin.example.com', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only' } }] },
  DefaultCacheBehavior: {
    TargetOriginId: 'origin',
    ViewerProtocolPolicy: 'redirect-to-https',
    CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
    ...(realtime ? { RealtimeLogConfigArn: realtime } : {}),
  },
  ...extra,
});

describe('cloudfront collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads distributions, their legacy logging, real-time configs and v2 log deliveries', async () => {
    const cf = new CloudFrontClient(moto.config('us-east-1'));
    const logged = await cf.send(
      new CreateDistributionCommand({
        DistributionConfig: config('logged', { Logging: { Enabled: true, IncludeCookies: false, Bucket: 'cf-logs.s3.amazonaws.com', Prefix: 'cdn/' } }),
      }),
    );
    const realtime = await cf.send(
      new CreateDistributionCommand({ DistributionConfig: config('realtime', {}, 'arn:aws:cloudfront::123456789012:realtime-log-config/edge') }),
    );
    const v2 = await cf.send(new CreateDistributionCommand({ DistributionConfig: config('v2') }));
    const v2Arn = v2.Distribution?.ARN ?? '';

    // Standard logging v2: a delivery source for the distribution and a delivery to an S3 destination, in us-east-1.
    const logs = new CloudWatchLogsClient(moto.config('us-east-1'));
    await logs.send(new PutDeliverySourceCommand({ name: 'v2-access', resourceArn: v2Arn, logType: 'ACCESS_LOGS' }));
    const dest = await logs.send(
      new PutDeliveryDestinationCommand({ name: 'to-s3', deliveryDestinationConfiguration: { destinationResourceArn: 'arn:aws:s3:::cf-v2-logs' } }),
    );
    await logs.send(new CreateDeliveryCommand({ deliverySourceName: 'v2-access', deliveryDestinationArn: dest.deliveryDestination?.arn }));

    // A home region other than us-east-1: CloudFront is global and v2 deliveries are still read from us-east-1.
    const inv = await collectFromMoto(moto, [distributions, distributionLogging, logDeliveries], ['eu-west-1', 'us-east-1']);
    const list = inv.get(distributions);
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    expect(list.data.map((d) => d.id).sort()).toEqual([logged.Distribution?.Id, realtime.Distribution?.Id, v2.Distribution?.Id].sort());
    expect(list.data.find((d) => d.id === v2.Distribution?.Id)).toMatchObject({ arn: v2Arn, realtimeLogConfigArns: [] });

    const legacy = inv.get(distributionLogging);
    expect(legacy.ok && legacy.data[logged.Distribution?.Id ?? '']).toEqual({ ok: true, data: { enabled: true, bucket: 'cf-logs.s3.amazonaws.com', realtimeLogConfigArns: [] } });
    expect(legacy.ok && legacy.data[v2.Distribution?.Id ?? '']).toEqual({ ok: true, data: { enabled: false, realtimeLogConfigArns: [] } });
    // moto's ListDistributions summaries omit the cache behaviors, so real-time configs are seen in the full config.
    expect(legacy.ok && legacy.data[realtime.Distribution?.Id ?? '']).toEqual({
      ok: true,
      data: { enabled: false, realtimeLogConfigArns: ['arn:aws:cloudfront::123456789012:realtime-log-config/edge'] },
    });

    expect(inv.get(logDeliveries)).toEqual({
      ok: true,
      data: [{ resourceArn: v2Arn, logType: 'ACCESS_LOGS', destinationType: 'S3', destinationArn: dest.deliveryDestination?.arn }],
    });
  });
});

describe('cloudfront collector errors (aws-sdk-client-mock)', () => {
  const noEndpoint = { endpoint: 'http://127.0.0.1:9' } as Moto;

  it('keeps a denied GetDistributionConfig as that distribution\'s error', async () => {
    const mock = mockClient(CloudFrontClient);
    try {
      mock.on(ListDistributionsCommand).resolves({
        DistributionList: {
          Marker: '',
          MaxItems: 100,
          IsTruncated: false,
          Quantity: 2,
          Items: [{ Id: 'EOK', ARN: 'arn:aws:cloudfront::123456789012:distribution/EOK', DefaultCacheBehavior: { RealtimeLogConfigArn: 'arn:aws:cloudfront::123456789012:realtime-log-config/rt' } }, { Id: 'EDENIED', ARN: 'arn:aws:cloudfront::123456789012:distribution/EDENIED' }] as never,
        },
      });
      mock.on(GetDistributionConfigCommand, { Id: 'EOK' }).resolves({ DistributionConfig: { Logging: { Enabled: false } } as never });
      mock.on(GetDistributionConfigCommand, { Id: 'EDENIED' }).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
      const inv = await collectFromMoto(noEndpoint, [distributions, distributionLogging]);
      const list = inv.get(distributions);
      expect(list.ok && list.data[0].realtimeLogConfigArns).toEqual(['arn:aws:cloudfront::123456789012:realtime-log-config/rt']);
      const r = inv.get(distributionLogging);
      expect(r.ok && r.data.EOK).toEqual({ ok: true, data: { enabled: false, realtimeLogConfigArns: [] } });
      expect(r.ok && r.data.EDENIED).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'cloudfront:GetDistributionConfig' } });
    } finally {
      mock.restore();
    }
  });

  it('records a denied DescribeDeliverySources as the fact error', async () => {
    const mock = mockClient(CloudWatchLogsClient);
    try {
      mock.on(DescribeDeliverySourcesCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto(noEndpoint, [logDeliveries]);
      expect(inv.get(logDeliveries)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'logs:DescribeDeliverySources' } });
    } finally {
      mock.restore();
    }
  });
});

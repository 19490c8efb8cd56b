import { describe, expect, it } from 'vitest';
import check from './cloudfront_distributions_logging_enabled.js';
import { distributions, logDeliveries, distributionLogging, type Distribution } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const dist = (id: string, realtime: string[] = []): Distribution => ({
  id,
  arn: `arn:aws:cloudfront::123456789012:distribution/${id}`,
  domainName: `${id.toLowerCase()}.cloudfront.net`,
  aliases: [],
  realtimeLogConfigArns: realtime,
});
const ok = <T>(data: T) => ({ ok: true as const, data });

describe('cloudfront_distributions_logging_enabled', () => {
  it('PASS for legacy logging, v2 deliveries or real-time logs; FAIL with none', () => {
    const fx = new FixtureInventory()
      .set(distributions, [dist('LEGACY'), dist('V2'), dist('REALTIME', ['arn:aws:cloudfront::123456789012:realtime-log-config/edge']), dist('CFGRT'), dist('DARK')])
      .set(distributionLogging, {
        LEGACY: ok({ enabled: true, bucket: 'logs.s3.amazonaws.com', realtimeLogConfigArns: [] }),
        V2: ok({ enabled: false, realtimeLogConfigArns: [] }),
        REALTIME: ok({ enabled: false, realtimeLogConfigArns: [] }),
        CFGRT: ok({ enabled: false, realtimeLogConfigArns: ['arn:aws:cloudfront::123456789012:realtime-log-config/api'] }),
        DARK: ok({ enabled: false, realtimeLogConfigArns: [] }),
      })
      .set(logDeliveries, [{ resourceArn: 'arn:aws:cloudfront::123456789012:distribution/V2', logType: 'ACCESS_LOGS', destinationType: 'S3' }]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ LEGACY: 'PASS', V2: 'PASS', REALTIME: 'PASS', CFGRT: 'PASS', DARK: 'FAIL' });
    expect(findings[0].statusExtended).toContain('logs.s3.amazonaws.com');
    expect(findings[1].statusExtended).toContain('(v2) to S3');
    expect(findings[2].statusExtended).toContain('edge');
    expect(findings[3].statusExtended).toContain('api');
    expect(findings[4].statusExtended).toBe('CloudFront distribution DARK (dark.cloudfront.net) has no standard logging and no real-time log configuration.');
    expect(findings[4].resource).toMatchObject({ arn: 'arn:aws:cloudfront::123456789012:distribution/DARK', region: 'us-east-1' });
  });

  it('ERROR instead of FAIL when a logging source could not be read and nothing else shows logging', () => {
    const fx = new FixtureInventory()
      .set(distributions, [dist('LOCKED'), dist('NOV2'), dist('REALTIME', ['arn:aws:cloudfront::123456789012:realtime-log-config/edge'])])
      .set(distributionLogging, {
        LOCKED: { ok: false, error: denied('cloudfront:GetDistributionConfig') },
        NOV2: ok({ enabled: false, realtimeLogConfigArns: [] }),
        REALTIME: { ok: false, error: denied('cloudfront:GetDistributionConfig') },
      })
      .set(logDeliveries, { error: denied('logs:DescribeDeliverySources') });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ LOCKED: 'ERROR', NOV2: 'ERROR', REALTIME: 'PASS' });
    expect(findings[0].statusExtended).toContain('cloudfront:GetDistributionConfig');
    expect(findings[1].statusExtended).toContain('logs:DescribeDeliverySources');
  });

  it('ERROR when the distributions could not be listed', () => {
    const fx = new FixtureInventory()
      .set(distributions, { error: denied('cloudfront:ListDistributions') })
      .set(distributionLogging, { error: denied('cloudfront:ListDistributions') })
      .set(logDeliveries, []);
    const findings = runCheck(check, fx);
    expect(findings).toHaveLength(1);
    expect(findings[0].status).toBe('ERROR');
    expect(findings[0].statusExtended).toContain('cloudfront:ListDistributions');
  });
});

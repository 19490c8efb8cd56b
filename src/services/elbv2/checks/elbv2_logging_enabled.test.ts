import { describe, expect, it } from 'vitest';
import check from './elbv2_logging_enabled.js';
import { loadBalancerAttributes, loadBalancers, type LoadBalancer } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const lb = (name: string, type = 'application'): LoadBalancer => ({
  arn: `arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/${type === 'application' ? 'app' : type === 'network' ? 'net' : 'gwy'}/${name}/abc`,
  name,
  type,
  scheme: 'internet-facing',
});
const ok = (data: Record<string, string>) => ({ ok: true as const, data });

describe('elbv2_logging_enabled', () => {
  it('PASS when access logs are on, FAIL when off; gateway load balancers are skipped', () => {
    const web = lb('web');
    const api = lb('api', 'network');
    const gw = lb('inspect', 'gateway');
    const fx = new FixtureInventory().set(loadBalancers, [web, api, gw]).set(loadBalancerAttributes, {
      [web.arn]: ok({ 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'lb-logs' }),
      [api.arn]: ok({ 'access_logs.s3.enabled': 'false' }),
      [gw.arn]: ok({ 'deletion_protection.enabled': 'false' }),
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ web: 'PASS', api: 'FAIL' });
    expect(findings[0].statusExtended).toBe('Application Load Balancer web writes access logs to S3 bucket lb-logs.');
    expect(findings[1].statusExtended).toBe('Network Load Balancer api does not write access logs.');
    expect(findings[1].resource.arn).toBe(api.arn);
  });

  it('ERROR for the load balancer whose attributes were denied; the others are judged', () => {
    const web = lb('web');
    const locked = lb('locked');
    const fx = new FixtureInventory().set(loadBalancers, [web, locked]).set(loadBalancerAttributes, {
      [web.arn]: ok({ 'access_logs.s3.enabled': 'false' }),
      [locked.arn]: { ok: false, error: denied('elasticloadbalancing:DescribeLoadBalancerAttributes') },
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ web: 'FAIL', locked: 'ERROR' });
    expect(findings[1].statusExtended).toContain('elasticloadbalancing:DescribeLoadBalancerAttributes');
  });

  it('ERROR when the load balancers could not be listed', () => {
    const fx = new FixtureInventory()
      .set(loadBalancers, { error: denied('elasticloadbalancing:DescribeLoadBalancers') })
      .set(loadBalancerAttributes, { error: denied('elasticloadbalancing:DescribeLoadBalancers') });
    const findings = runCheck(check, fx);
    expect(findings).toHaveLength(1);
    expect(findings[0].status).toBe('ERROR');
    expect(findings[0].statusExtended).toContain('elasticloadbalancing:DescribeLoadBalancers');
  });
});

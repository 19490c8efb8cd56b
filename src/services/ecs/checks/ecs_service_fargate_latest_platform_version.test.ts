import { describe, expect, it } from 'vitest';
import check from './ecs_service_fargate_latest_platform_version.js';
import { services } from '../collectors.js';
import { svc } from '../test-services.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ecs_service_fargate_latest_platform_version', () => {
  const fx = () =>
    new FixtureInventory().set(services, [
      svc('latest', { launchType: 'FARGATE', platformVersion: 'LATEST' }),
      svc('pinned', { launchType: 'FARGATE', platformVersion: '1.4.0' }),
      svc('old', { capacityProviders: ['FARGATE_SPOT'], platformVersion: '1.3.0' }),
      svc('win', { launchType: 'FARGATE', platformVersion: '1.0.0', platformFamily: 'WINDOWS_SERVER_2019_FULL' }),
      svc('ec2', { launchType: 'EC2' }),
    ]);
  it('PASS for LATEST or the newest version of the OS family, FAIL for older, nothing for EC2', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ latest: 'PASS', pinned: 'PASS', old: 'FAIL', win: 'PASS' });
    expect(findings[2].statusExtended).toContain('1.3.0, not the latest Linux version 1.4.0');
  });
  it('follows the configured latest versions', () => {
    const findings = runCheck(check, fx(), { config: { ecs_service_fargate_latest_platform_version: { fargate_linux_latest_version: '1.5.0' } } });
    expect(statusById(findings).pinned).toBe('FAIL');
  });
  it('ERROR when services could not be read', () => {
    const findings = runCheck(check, new FixtureInventory().set(services, { error: denied('ecs:DescribeServices') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

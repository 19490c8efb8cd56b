import { describe, expect, it } from 'vitest';
import check from './config_recorder_using_aws_service_role.js';
import { recorders, type ConfigRecorder } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const rec = (name: string, extra: Partial<ConfigRecorder>): ConfigRecorder => ({
  name,
  arn: `arn:aws:config:us-east-1:123456789012:configuration-recorder/${name}`,
  allSupported: true,
  includeGlobalResourceTypes: true,
  includedResourceTypeCount: 0,
  excludedResourceTypes: [],
  status: { ok: true, data: { recording: true } },
  ...extra,
});

describe('config_recorder_using_aws_service_role', () => {
  it('PASS with the service-linked role, FAIL with a custom one; service-linked recorders skipped', () => {
    const fx = new FixtureInventory().set(recorders, [
      rec('slr', { roleArn: 'arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig' }),
      rec('custom', { roleArn: 'arn:aws:iam::123456789012:role/my-config-role' }),
      rec('svc', { servicePrincipal: 'securityhub.amazonaws.com' }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ slr: 'PASS', custom: 'FAIL' });
    expect(findings[1].statusExtended).toMatch(/custom role my-config-role/);
  });
  it('ERROR when recorders could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(recorders, { error: denied('config:DescribeConfigurationRecorders') }));
    expect(f.status).toBe('ERROR');
  });
});

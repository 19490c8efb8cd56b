import { describe, expect, it } from 'vitest';
import check from './ec2_instance_imdsv2_enabled.js';
import { instances, type Instance } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const instance = (id: string, metadata: Instance['metadata'], name?: string) => makeInstance(id, { metadata, ...(name ? { name, tags: { Name: name } } : {}) });

describe('ec2_instance_imdsv2_enabled', () => {
  it('PASS when tokens are required or the metadata service is off', () => {
    const fx = new FixtureInventory().set(instances, [
      instance('i-v2', { httpTokens: 'required', httpEndpoint: 'enabled' }, 'api'),
      instance('i-off', { httpTokens: 'optional', httpEndpoint: 'disabled' }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-v2': 'PASS', 'i-off': 'PASS' });
    expect(findings[0].statusExtended).toBe('Instance i-v2 (api) requires IMDSv2 session tokens for instance metadata.');
    expect(findings[0].resource).toMatchObject({ arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-v2', name: 'api', details: { state: 'running' } });
    expect(findings[1].statusExtended).toContain('metadata service disabled');
  });

  it('FAIL when IMDSv1 is still accepted', () => {
    const [f] = runCheck(check, new FixtureInventory().set(instances, [instance('i-v1', { httpTokens: 'optional', httpEndpoint: 'enabled' })]));
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toBe('Instance i-v1 accepts IMDSv1 requests without a session token (HttpTokens optional).');
  });

  it('reports nothing for a region without instances, ERROR where instances could not be listed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(instances, [], ['us-east-1'])
      .set(instances, { error: denied('ec2:DescribeInstances') }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'ERROR', region: 'eu-west-1' });
    expect(findings[0].statusExtended).toContain('ec2:DescribeInstances');
  });
});

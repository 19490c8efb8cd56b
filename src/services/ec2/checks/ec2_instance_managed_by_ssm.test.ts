import { describe, expect, it } from 'vitest';
import check from './ec2_instance_managed_by_ssm.js';
import { instances } from '../collectors.js';
import { managedInstances } from '../../ssm/collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// moto lacks ssm:DescribeInstanceInformation: the fleet is stated as a fixture (the collector's mapping is
// tested with aws-sdk-client-mock in src/services/ssm/collectors.test.ts).
describe('ec2_instance_managed_by_ssm', () => {
  it('PASS for a running instance online in Systems Manager; FAIL for one missing or whose agent stopped reporting', () => {
    const fx = new FixtureInventory()
      .set(instances, [makeInstance('i-managed'), makeInstance('i-missing', { name: 'legacy', tags: { Name: 'legacy' } }), makeInstance('i-lost')])
      .set(managedInstances, [
        { instanceId: 'i-managed', pingStatus: 'Online', agentVersion: '3.3.1' },
        { instanceId: 'i-lost', pingStatus: 'ConnectionLost', lastPingDateTime: '2026-10-01T00:00:00.000Z' },
        { instanceId: 'mi-0123456789abcdef0', pingStatus: 'Online' },
      ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-managed': 'PASS', 'i-missing': 'FAIL', 'i-lost': 'FAIL' });
    expect(findings[0].statusExtended).toBe('Instance i-managed is managed by Systems Manager (agent 3.3.1).');
    expect(findings[1].statusExtended).toBe('Instance i-missing (legacy) is running but is not registered with Systems Manager.');
    // Prowler only asks whether the id is registered; a node whose agent lost its connection is not managed.
    expect(findings[2].statusExtended).toContain('its agent is ConnectionLost (last heard from 2026-10-01');
  });

  it('PASS with a note for instances that are not running, as Prowler does, even when the fleet could not be read', () => {
    const fx = new FixtureInventory()
      .set(instances, [makeInstance('i-stopped', { state: 'stopped' })])
      .set(managedInstances, { error: denied('ssm:DescribeInstanceInformation') });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toContain('is stopped');
  });

  it('ERROR naming the call when the fleet or the instances could not be read', () => {
    const fx = new FixtureInventory().set(instances, [makeInstance('i-1')]).set(managedInstances, { error: denied('ssm:DescribeInstanceInformation') });
    const [f] = runCheck(check, fx);
    expect(f).toMatchObject({ status: 'ERROR', resource: { id: 'i-1' } });
    expect(f.statusExtended).toContain('ssm:DescribeInstanceInformation');
    const [g] = runCheck(check, new FixtureInventory().set(instances, { error: denied('ec2:DescribeInstances') }).set(managedInstances, []));
    expect(g.status).toBe('ERROR');
    expect(g.statusExtended).toContain('ec2:DescribeInstances');
  });
});

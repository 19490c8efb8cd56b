import { describe, expect, it } from 'vitest';
import check from './macie_automated_sensitive_data_discovery_enabled.js';
import { automatedDiscovery } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('macie_automated_sensitive_data_discovery_enabled', () => {
  it('PASS when on, FAIL when off with Macie enabled, nothing where Macie is off, ERROR when denied', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1', 'ap-south-1', 'sa-east-1'])
      .set(automatedDiscovery, { status: 'ENABLED', macieEnabled: true }, ['us-east-1'])
      .set(automatedDiscovery, { status: 'DISABLED', macieEnabled: true }, ['eu-west-1'])
      .set(automatedDiscovery, { status: 'DISABLED', macieEnabled: false }, ['ap-south-1'])
      .set(automatedDiscovery, { error: denied('macie2:GetAutomatedDiscoveryConfiguration') }, ['sa-east-1']);
    expect(runCheck(check, fx).map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'PASS'],
      ['eu-west-1', 'FAIL'],
      ['sa-east-1', 'ERROR'],
    ]);
  });
});

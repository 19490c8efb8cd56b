import { describe, expect, it } from 'vitest';
import check from './ecr_registry_scan_images_on_push_enabled.js';
import { registryScanning, repositories } from '../collectors.js';
import { repo } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('ecr_registry_scan_images_on_push_enabled', () => {
  const wildcard = { scanType: 'ENHANCED', rules: [{ frequency: 'CONTINUOUS_SCAN', filters: ['*'] }] };
  const partial = { scanType: 'BASIC', rules: [{ frequency: 'SCAN_ON_PUSH', filters: ['prod-*'] }] };
  it('PASS for a wildcard rule, FAIL for a partial one', () => {
    const pass = runCheck(check, new FixtureInventory().set(repositories, [repo('a')]).set(registryScanning, wildcard));
    expect(pass.map((f) => f.status)).toEqual(['PASS']);
    const fail = runCheck(check, new FixtureInventory().set(repositories, [repo('a')]).set(registryScanning, partial));
    expect(fail.map((f) => f.status)).toEqual(['FAIL']);
  });
  it('skips a region without repositories unless scan_unused_services', () => {
    const fx = () => new FixtureInventory().set(repositories, []).set(registryScanning, partial);
    expect(runCheck(check, fx())).toEqual([]);
    expect(runCheck(check, fx(), { config: { ecr_registry_scan_images_on_push_enabled: { scan_unused_services: true } } }).map((f) => f.status)).toEqual(['FAIL']);
  });
  it('ERROR when the scanning configuration could not be read', () => {
    const findings = runCheck(check, new FixtureInventory().set(repositories, [repo('a')]).set(registryScanning, { error: denied('ecr:GetRegistryScanningConfiguration') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('ecr:GetRegistryScanningConfiguration');
  });
});

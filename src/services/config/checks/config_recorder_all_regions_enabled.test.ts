import { describe, expect, it } from 'vitest';
import check from './config_recorder_all_regions_enabled.js';
import { recorders, type ConfigRecorder } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const recorder = (o: Partial<ConfigRecorder> = {}): ConfigRecorder => ({
  name: 'default',
  arn: 'arn:aws:config:us-east-1:123456789012:configuration-recorder/default/abc',
  allSupported: true,
  includeGlobalResourceTypes: true,
  recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES',
  includedResourceTypeCount: 0,
  excludedResourceTypes: [],
  status: { ok: true, data: { recording: true, lastStatus: 'Success' } },
  ...o,
});
const run = (...list: ConfigRecorder[]) => runCheck(check, new FixtureInventory().set(recorders, list));

describe('config_recorder_all_regions_enabled', () => {
  it('PASS for a recording recorder of all resource types, in each region', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(recorders, [recorder()], ['us-east-1'])
      .set(recorders, [recorder({ includeGlobalResourceTypes: false, status: { ok: true, data: { recording: true, lastStatus: 'Pending' } } })], ['eu-west-1']);
    const fs = runCheck(check, fx);
    expect(fs.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'PASS'],
      ['eu-west-1', 'PASS'],
    ]);
    expect(fs[0].resource.id).toBe('default');
    expect(fs[0].statusExtended).toContain('including global ones');
  });
  it('FAIL when there is no recorder, or only a service-linked one', () => {
    const [none] = run();
    expect(none).toMatchObject({ status: 'FAIL', resource: { arn: 'arn:aws:iam::123456789012:root' } });
    expect(none.statusExtended).toBe('AWS Config has no configuration recorder in us-east-1.');
    const [linked] = run(recorder({ servicePrincipal: 'config-conforms.amazonaws.com' }));
    expect(linked.status).toBe('FAIL');
    expect(linked.statusExtended).toContain('only service-linked recorders for config-conforms.amazonaws.com');
  });
  it('FAIL when stopped, failing, or recording only some resource types', () => {
    expect(run(recorder({ status: { ok: true, data: { recording: false } } }))[0].statusExtended).toContain('is not recording');
    expect(run(recorder({ status: { ok: true, data: null } }))[0].status).toBe('FAIL');
    const failing = run(recorder({ status: { ok: true, data: { recording: true, lastStatus: 'FAILURE', lastErrorCode: 'AccessDenied' } } }))[0];
    expect(failing.status).toBe('FAIL');
    expect(failing.statusExtended).toContain('last recording attempt failed (AccessDenied)');
    const some = run(recorder({ allSupported: false, recordingStrategy: 'INCLUSION_BY_RESOURCE_TYPES', includedResourceTypeCount: 2 }))[0];
    expect(some.status).toBe('FAIL');
    expect(some.statusExtended).toContain('records only 2 selected resource types');
    const excl = run(recorder({ allSupported: false, recordingStrategy: 'EXCLUSION_BY_RESOURCE_TYPES', excludedResourceTypes: ['AWS::EC2::Volume'] }))[0];
    expect(excl.statusExtended).toContain('except 1 (AWS::EC2::Volume)');
  });
  it('ERROR when the recorders or their status could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(recorders, { error: denied('config:DescribeConfigurationRecorders') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('config:DescribeConfigurationRecorders');
    const [g] = run(recorder({ status: { ok: false, error: denied('config:DescribeConfigurationRecorderStatus') } }));
    expect(g).toMatchObject({ status: 'ERROR', resource: { id: 'default' } });
    expect(g.statusExtended).toContain('config:DescribeConfigurationRecorderStatus');
  });
});

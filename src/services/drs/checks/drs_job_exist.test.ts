import { describe, expect, it } from 'vitest';
import check from './drs_job_exist.js';
import { drsJobs } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const R = ['us-east-1', 'eu-west-1', 'ap-south-1', 'sa-east-1'];

// moto lacks drs:DescribeJobs; the collector is tested with aws-sdk-client-mock.
describe('drs_job_exist', () => {
  it('PASS when initialized with jobs, FAIL when initialized without; uninitialized regions only with scan_unused_services', () => {
    const fx = new FixtureInventory(R)
      .set(drsJobs, { initialized: true, jobs: [{ id: 'drsjob-1', initiatedBy: 'START_DRILL', created: '2026-10-01T00:00:00Z' }] }, ['us-east-1'])
      .set(drsJobs, { initialized: true, jobs: [] }, ['eu-west-1'])
      .set(drsJobs, { initialized: false, jobs: [] }, ['ap-south-1'])
      .set(drsJobs, { error: { kind: 'Unavailable', code: 'EndpointNotFound', operation: 'drs:DescribeJobs', message: 'no endpoint' } }, ['sa-east-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([['us-east-1', 'PASS'], ['eu-west-1', 'FAIL']]);
    expect(findings[0].statusExtended).toContain('1 of them drills');
    const all = runCheck(check, fx, { config: { drs_job_exist: { scan_unused_services: true } } });
    expect(all.map((f) => [f.region, f.status])).toEqual([['us-east-1', 'PASS'], ['eu-west-1', 'FAIL'], ['ap-south-1', 'FAIL']]);
  });
  it('ERROR naming the call when the jobs were denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(drsJobs, { error: denied('drs:DescribeJobs') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('drs:DescribeJobs');
  });
});

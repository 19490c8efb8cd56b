import { describe, expect, it } from 'vitest';
import check from './backup_reportplans_exist.js';
import { plans, reportPlans } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const plan = { id: 'p1', name: 'daily', arn: 'arn:aws:backup:us-east-1:123456789012:backup-plan:p1' };
const report = { id: 'jobs', name: 'jobs', arn: 'arn:aws:backup:us-east-1:123456789012:report-plan:jobs', template: 'BACKUP_JOB_REPORT' };
const R = ['us-east-1', 'eu-west-1', 'ap-south-1'];

describe('backup_reportplans_exist', () => {
  it('PASS with a report plan, FAIL without, only in regions where backup plans run', () => {
    const fx = new FixtureInventory(R)
      .set(plans, [plan], ['us-east-1', 'eu-west-1']).set(plans, [], ['ap-south-1'])
      .set(reportPlans, [report], ['us-east-1']).set(reportPlans, [], ['eu-west-1', 'ap-south-1']);
    expect(runCheck(check, fx).map((f) => [f.region, f.status])).toEqual([['us-east-1', 'PASS'], ['eu-west-1', 'FAIL']]);
    const all = runCheck(check, fx, { config: { backup_reportplans_exist: { scan_unused_services: true } } });
    expect(all.map((f) => [f.region, f.status])).toEqual([['us-east-1', 'PASS'], ['eu-west-1', 'FAIL'], ['ap-south-1', 'FAIL']]);
  });
  it('ERROR naming the call when the report plans or the plans could not be listed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(plans, [plan], ['us-east-1']).set(plans, { error: denied('backup:ListBackupPlans') }, ['eu-west-1'])
      .set(reportPlans, { error: denied('backup:ListReportPlans') });
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([['us-east-1', 'ERROR'], ['eu-west-1', 'ERROR']]);
    expect(findings[0].statusExtended).toContain('backup:ListReportPlans');
    expect(findings[1].statusExtended).toContain('backup:ListBackupPlans');
  });
});

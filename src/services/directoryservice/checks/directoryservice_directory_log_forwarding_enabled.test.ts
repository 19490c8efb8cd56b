import { describe, expect, it } from 'vitest';
import check from './directoryservice_directory_log_forwarding_enabled.js';
import { directories, logSubscriptions } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';
import { dirArn, directory } from '../cases.test-helper.js';

describe('directoryservice_directory_log_forwarding_enabled', () => {
  it('PASS with a log subscription, FAIL without; Simple AD, AD Connector and deleted directories skipped', () => {
    const fx = new FixtureInventory()
      .set(directories, [directory('d-1'), directory('d-2'), directory('d-3', { type: 'SimpleAD' }), directory('d-4', { type: 'ADConnector' }), directory('d-5', { stage: 'Deleting' })])
      .set(logSubscriptions, { [dirArn('d-1')]: { ok: true, data: ['/aws/directoryservice/d-1'] }, [dirArn('d-2')]: { ok: true, data: [] } });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'd-1': 'PASS', 'd-2': 'FAIL' });
    expect(findings[0].statusExtended).toContain('/aws/directoryservice/d-1');
  });

  it('ERROR when the directory listing or the log subscriptions were denied', () => {
    const fx = new FixtureInventory()
      .set(directories, [directory('d-1')])
      .set(logSubscriptions, { [dirArn('d-1')]: { ok: false, error: denied('ds:ListLogSubscriptions') } });
    expect(runCheck(check, fx)[0]).toMatchObject({ status: 'ERROR', statusExtended: expect.stringContaining('ds:ListLogSubscriptions') });
    const listing = new FixtureInventory().set(directories, { error: denied('ds:DescribeDirectories') }).set(logSubscriptions, {});
    expect(runCheck(check, listing)[0]).toMatchObject({ status: 'ERROR', statusExtended: expect.stringContaining('ds:DescribeDirectories') });
  });
});

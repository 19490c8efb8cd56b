import { describe, expect, it } from 'vitest';
import check from './directoryservice_directory_monitor_notifications.js';
import { directories, eventTopics } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';
import { dirArn, directory } from '../cases.test-helper.js';

const topic = (status: string) => ({ topicArn: 'arn:aws:sns:us-east-1:123456789012:directory-status', status });

describe('directoryservice_directory_monitor_notifications (aws-sdk-client-mock in the collector test: moto lacks ds:DescribeEventTopics)', () => {
  it('PASS with a Registered topic; FAIL with none or only a deleted one (Prowler counts any topic); ERROR when denied', () => {
    const fx = new FixtureInventory()
      .set(directories, [directory('d-1'), directory('d-2', { type: 'SimpleAD' }), directory('d-3', { type: 'ADConnector' }), directory('d-4'), directory('d-5', { type: 'SharedMicrosoftAD' })])
      .set(eventTopics, {
        [dirArn('d-1')]: { ok: true, data: [topic('Registered')] },
        [dirArn('d-2')]: { ok: true, data: [] },
        [dirArn('d-3')]: { ok: true, data: [topic('Topic not found')] },
        [dirArn('d-4')]: { ok: false, error: denied('ds:DescribeEventTopics') },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'd-1': 'PASS', 'd-2': 'FAIL', 'd-3': 'FAIL', 'd-4': 'ERROR' });
    expect(findings.find((f) => f.resource.id === 'd-3')!.statusExtended).toContain('Topic not found');
  });
});

import { describe, expect, it } from 'vitest';
import check from './directoryservice_directory_snapshots_limit.js';
import { directories, snapshotLimits } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';
import { dirArn, directory } from '../cases.test-helper.js';

const limits = (current: number, reached = false) => ({ ok: true as const, data: { limit: 5, current, reached } });

describe('directoryservice_directory_snapshots_limit (aws-sdk-client-mock in the collector test: moto lacks ds:GetSnapshotLimits)', () => {
  it('FAIL at the limit or within the threshold, PASS with room, skip when not applicable, ERROR when denied', () => {
    const fx = new FixtureInventory()
      .set(directories, ['d-1', 'd-2', 'd-3', 'd-4', 'd-5'].map((id) => directory(id)))
      .set(snapshotLimits, {
        [dirArn('d-1')]: limits(1),
        [dirArn('d-2')]: limits(3),
        [dirArn('d-3')]: limits(5, true),
        [dirArn('d-4')]: { ok: true, data: null },
        [dirArn('d-5')]: { ok: false, error: denied('ds:GetSnapshotLimits') },
      });
    expect(statusById(runCheck(check, fx))).toEqual({ 'd-1': 'PASS', 'd-2': 'FAIL', 'd-3': 'FAIL', 'd-5': 'ERROR' });
    expect(statusById(runCheck(check, fx, { config: { directoryservice_directory_snapshots_limit: { directory_snapshots_limit_threshold: 1 } } }))['d-2']).toBe('PASS');
  });
});

import { describe, expect, it } from 'vitest';
import check from './eks_control_plane_logging_all_types_enabled.js';
import { cluster, withClusters } from '../test-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('eks_control_plane_logging_all_types_enabled', () => {
  it('PASS and FAIL per cluster, ERROR for a cluster that could not be described', () => {
    const findings = runCheck(check, withClusters([cluster('good', {}), cluster('bad', { enabledLogTypes: ['api', 'audit'] })]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL', hidden: 'ERROR' });
    expect(findings[1].statusExtended).toContain('authenticator, controllerManager, scheduler');
    expect(findings[2].statusExtended).toContain('eks:DescribeCluster');
  });
});

import { describe, expect, it } from 'vitest';
import check from './eks_cluster_uses_a_supported_version.js';
import { cluster, withClusters } from '../test-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('eks_cluster_uses_a_supported_version', () => {
  it('PASS and FAIL per cluster, ERROR for a cluster that could not be described', () => {
    const findings = runCheck(check, withClusters([cluster('good', { version: '1.35' }), cluster('bad', { version: '1.29' })]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL', hidden: 'ERROR' });
    expect(findings[1].statusExtended).toContain('runs Kubernetes 1.29, older than 1.34');
    expect(findings[2].statusExtended).toContain('eks:DescribeCluster');
  });
});

describe('eks_cluster_uses_a_supported_version parameters', () => {
  it('compares minor versions numerically and follows the configured oldest version', () => {
    const fx = () => withClusters([cluster('a', { version: '1.9' }), cluster('b', { version: '1.31' })]);
    expect(statusById(runCheck(check, fx()))).toMatchObject({ a: 'FAIL', b: 'FAIL' });
    expect(statusById(runCheck(check, fx(), { config: { eks_cluster_uses_a_supported_version: { eks_cluster_oldest_version_supported: '1.30' } } }))).toMatchObject({ a: 'FAIL', b: 'PASS' });
  });
});

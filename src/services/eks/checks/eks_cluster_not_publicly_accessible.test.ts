import { describe, expect, it } from 'vitest';
import check from './eks_cluster_not_publicly_accessible.js';
import { cluster, withClusters } from '../test-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('eks_cluster_not_publicly_accessible', () => {
  it('PASS and FAIL per cluster, ERROR for a cluster that could not be described', () => {
    const findings = runCheck(check, withClusters([cluster('good', { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }), cluster('bad', { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] })]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL', hidden: 'ERROR' });
    expect(findings[1].statusExtended).toContain('reachable from any address');
    expect(findings[2].statusExtended).toContain('eks:DescribeCluster');
  });
});

describe('eks_cluster_not_publicly_accessible private', () => {
  it('PASS without a public endpoint', () => {
    const findings = runCheck(check, withClusters([cluster('private')]));
    expect(statusById(findings).private).toBe('PASS');
  });
});

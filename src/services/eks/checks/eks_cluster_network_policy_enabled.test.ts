import { describe, expect, it } from 'vitest';
import check from './eks_cluster_network_policy_enabled.js';
import { clusterAddons, type ClusterAddons } from '../collectors.js';
import { cluster, withClusters } from '../test-fixtures.js';
import { denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const ok = (data: ClusterAddons) => ({ ok: true as const, data });

describe('eks_cluster_network_policy_enabled', () => {
  it('PASS with the VPC CNI network policy or another engine; FAIL for a VPC CNI add-on without it; MANUAL where the API cannot tell', () => {
    const list = [cluster('cni-on'), cluster('calico'), cluster('cni-off'), cluster('auto', { autoMode: true }), cluster('self-managed')];
    const fx = withClusters(list).set(clusterAddons, {
      [list[0].arn]: ok({ names: ['vpc-cni', 'coredns'], vpcCni: { version: 'v1.19.0-eksbuild.1', networkPolicy: true } }),
      [list[1].arn]: ok({ names: ['vpc-cni', 'tigera-operator'], vpcCni: { networkPolicy: false } }),
      [list[2].arn]: ok({ names: ['vpc-cni', 'kube-proxy'], vpcCni: { networkPolicy: false } }),
      [list[3].arn]: ok({ names: [] }),
      [list[4].arn]: ok({ names: ['coredns'] }),
    });
    const findings = runCheck(check, fx);
    // Prowler passes any cluster that has a security group, which says nothing about pod-to-pod policies.
    expect(statusById(findings)).toEqual({ 'cni-on': 'PASS', calico: 'PASS', 'cni-off': 'FAIL', auto: 'MANUAL', 'self-managed': 'MANUAL', hidden: 'ERROR' });
    expect(findings.find((f) => f.resource.id === 'cni-on')!.statusExtended).toContain('VPC CNI add-on v1.19.0-eksbuild.1');
    expect(findings.find((f) => f.resource.id === 'cni-off')!.statusExtended).toContain('enableNetworkPolicy is not set');
  });

  it('ERROR naming the call when the add-ons could not be read', () => {
    const c = cluster('prod');
    const fx = withClusters([c]).set(clusterAddons, { [c.arn]: { ok: false, error: denied('eks:DescribeAddon') } });
    const f = runCheck(check, fx).find((x) => x.resource.id === 'prod')!;
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('eks:DescribeAddon');
    const whole = withClusters([c]).set(clusterAddons, { error: denied('eks:ListAddons') });
    expect(runCheck(check, whole).find((x) => x.resource.id === 'prod')!.statusExtended).toContain('eks:ListAddons');
  });
});

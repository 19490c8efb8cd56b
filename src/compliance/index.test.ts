import { describe, expect, it } from 'vitest';
import { coverage, coveragePercent, FRAMEWORKS, getFramework, requirementTitle } from './index.js';

describe('framework data', () => {
  it('coverage is computed from the checks prowl has, so it rises as checks are added', () => {
    const f = getFramework('cis_2.0_aws')!;
    const all = coverage(f, () => true);
    expect(all).toMatchObject({ requirements: f.requirements.length, covered: all.automated, partial: 0 });
    const withoutOne = coverage(f, (id) => id !== 'iam_root_hardware_mfa_enabled');
    expect(withoutOne.covered).toBe(all.covered - 1);
    expect(coverage(f, () => false)).toMatchObject({ covered: 0, implementedChecks: 0 });
    expect(coveragePercent(all)).toBe('100.0%');
  });

  it('titles: prowl\'s own for CIS, the public name elsewhere, else the section and check titles', () => {
    const cis = getFramework('cis_7.0_aws')!.requirements.find((r) => r.checks.join() === 'iam_root_hardware_mfa_enabled')!;
    expect(requirementTitle(cis)).toBe('Root user has hardware MFA');
    const mitre = getFramework('mitre_attack_aws')!.requirements.find((r) => r.id === 'T1190')!;
    expect(requirementTitle(mitre)).toBe('Exploit Public-Facing Application');
    const pci = getFramework('pci_4.0_aws')!.requirements.find((r) => r.checks.length === 1 && !r.name)!;
    expect(requirementTitle(pci, (id) => (id === pci.checks[0] ? 'A check title' : undefined))).toBe(`${pci.subsection || pci.section}: A check title`);
  });

  it('records where prowl follows the CIS benchmark instead of Prowler\'s mapping', () => {
    const req = (fw: string, id: string) => getFramework(fw)!.requirements.find((r) => r.id === id)!;
    for (const [fw, id] of [['cis_1.4_aws', '2.2.1'], ['cis_3.0_aws', '2.2.1'], ['cis_4.0_aws', '5.1.1'], ['cis_6.0_aws', '6.1.1']]) {
      expect(req(fw, id).checks, `${fw} ${id}`).toEqual(['ec2_ebs_default_encryption']);
      expect(req(fw, id).deviation?.prowlerChecks).toEqual(['ec2_ebs_volume_encryption']);
    }
    expect(req('cis_1.3_aws', '2.2.1').checks).toEqual(['ec2_ebs_default_encryption']);
    for (const fw of ['cis_1.4_aws', 'cis_1.5_aws', 'cis_2.0_aws']) expect(req(fw, '2.3.1').checks).toEqual(['rds_instance_storage_encrypted']);
    const split: Array<[string, string, string]> = [['cis_1.5_aws', '5.2', '5.3'], ['cis_2.0_aws', '5.2', '5.3'], ['cis_3.0_aws', '5.2', '5.3'], ['cis_4.0_aws', '5.3', '5.4'], ['cis_5.0_aws', '5.3', '5.4'], ['cis_6.0_aws', '6.3', '6.4'], ['cis_7.0_aws', '6.3', '6.4']];
    for (const [fw, v4, v6] of split) {
      expect(req(fw, v4).params?.ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22, `${fw} ${v4}`).toEqual({ ip_family: 'ipv4' });
      expect(req(fw, v6).params?.ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389, `${fw} ${v6}`).toEqual({ ip_family: 'ipv6' });
    }
    expect(req('cis_1.2_aws', '4.1').params).toEqual({ ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22: { ip_family: 'ipv4' } });
    // CIS 5.0 listed 1.10 as "1.1" (twice); the import repairs it.
    expect(getFramework('cis_5.0_aws')!.requirements.filter((r) => r.id === '1.1')).toHaveLength(1);
    expect(req('cis_5.0_aws', '1.10').checks).toEqual(['iam_user_no_setup_initial_access_key']);
  });

  it('lists CIS oldest to newest first, then the others', () => {
    const ids = FRAMEWORKS.map((f) => f.id);
    expect(ids.slice(0, 10)).toEqual(['cis_1.2_aws', 'cis_1.3_aws', 'cis_1.4_aws', 'cis_1.5_aws', 'cis_2.0_aws', 'cis_3.0_aws', 'cis_4.0_aws', 'cis_5.0_aws', 'cis_6.0_aws', 'cis_7.0_aws']);
  });
});

import { describe, expect, it } from 'vitest';
import { loadBuiltinChecks, makeCatalogue } from '../registry.js';
import { getFramework } from '../compliance/index.js';
import { PROWLER2, select } from './select.js';

const full = makeCatalogue(await loadBuiltinChecks());

describe('select: frameworks and Prowler 2 groups', () => {
  it('--compliance with checks prowl lacks selects the rest and warns once per framework', () => {
    const s = select(full, { compliance: ['pci_4.0_aws', 'cis_7.0_aws'] });
    expect(s.frameworks).toEqual(['pci_4.0_aws', 'cis_7.0_aws']);
    const mapped = new Set(['pci_4.0_aws', 'cis_7.0_aws'].flatMap((id) => getFramework(id)!.requirements.flatMap((r) => r.checks)));
    expect(s.checks.map((c) => c.id).sort()).toEqual([...mapped].filter((id) => full.byId.has(id)).sort());
    const pci = s.warnings.filter((w) => w.startsWith('pci_4.0_aws'));
    expect(pci).toHaveLength(1);
    expect(pci[0]).toMatch(/requirements are not implemented in prowl yet .* never PASS/);
    expect(s.warnings.some((w) => w.startsWith('cis_7.0_aws'))).toBe(false);
  });

  it('a framework some of whose checks are removed from the catalogue says so (coverage follows the catalogue)', () => {
    const fewer = makeCatalogue(full.checks.filter((c) => c.id !== 'iam_root_hardware_mfa_enabled'));
    const s = select(fewer, { compliance: ['cis_7.0_aws'] });
    expect(s.warnings.join()).toContain('iam_root_hardware_mfa_enabled');
  });

  it('-g gdpr selects the implemented Prowler 5 successors of its Prowler 2 checks and names the others', () => {
    const s = select(full, { groups: ['gdpr'] });
    const successors = new Set(PROWLER2.groups.gdpr.checks.flatMap((p2) => PROWLER2.aliases[p2] ?? []));
    expect(s.checks.map((c) => c.id).sort()).toEqual([...successors].filter((id) => full.byId.has(id)).sort());
    const missing = [...successors].filter((id) => !full.byId.has(id));
    if (missing.length) expect(s.warnings.join()).toContain(missing.sort()[0]);
  });

  it('every Prowler 2 group resolves, or says that none of its successors is implemented', () => {
    for (const g of Object.keys(PROWLER2.groups)) {
      try {
        expect(select(full, { groups: [g] }).checks.length, g).toBeGreaterThan(0);
      } catch (e) {
        expect((e as Error).message, g).toMatch(/none of its \d+ Prowler 2 checks/);
      }
    }
  });
});

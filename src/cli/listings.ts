/**
 * Catalogue listings (-l, --list-*): printed from metadata and data files, no AWS access.
 */
import pc from 'picocolors';
import { plural } from './preflight.js';
import type { Check } from '../core/check.js';
import type { Severity } from '../core/types.js';
import type { Catalogue } from '../registry.js';
import { coverage, coveragePercent, frameworkTitle, FRAMEWORKS, requirementTitle } from '../compliance/index.js';
import { groupIds, PROWLER2, resolveFramework } from '../core/select.js';

export type Listing = 'checks' | 'checks-json' | 'services' | 'compliance' | 'requirements' | 'categories' | 'groups';

const SEVERITY_COLOUR: Record<Severity, (s: string) => string> = {
  critical: pc.magenta,
  high: pc.red,
  medium: pc.yellow,
  low: pc.blue,
  informational: pc.gray,
};

export function printListing(kind: Listing, out: NodeJS.WritableStream, catalogue: Catalogue, selected: Check[], frameworks: string[]): void {
  const w = (s = '') => out.write(`${s}\n`);
  switch (kind) {
    case 'checks': {
      for (const c of selected) w(`[${pc.bold(c.id)}] ${c.title} - ${pc.cyan(c.service)} [${SEVERITY_COLOUR[c.severity](c.severity)}]`);
      w(`\n${selected.length === 1 ? 'There is' : 'There are'} ${pc.bold(String(selected.length))} available ${selected.length === 1 ? 'check' : 'checks'}.`);
      return;
    }
    case 'checks-json':
      w(JSON.stringify({ aws: selected.map((c) => c.id) }, null, 2));
      return;
    case 'services': {
      const counts = new Map<string, number>();
      for (const c of catalogue.checks) counts.set(c.service, (counts.get(c.service) ?? 0) + 1);
      for (const [s, n] of [...counts].sort()) w(`- ${s} (${plural(n, 'check')})`);
      w(`\n${counts.size === 1 ? 'There is' : 'There are'} ${plural(counts.size, 'available service')}.`);
      return;
    }
    case 'compliance': {
      // Coverage now, from the loaded catalogue: automated requirements whose every mapped check prowl has.
      const have = (id: string) => catalogue.byId.has(id);
      for (const f of FRAMEWORKS) {
        const cov = coverage(f, have);
        const name = frameworkTitle(f);
        w(
          `- ${pc.bold(f.id)}: ${name} (${cov.requirements} requirements, ${cov.automated} automated; ` +
            `prowl covers ${cov.covered} = ${coveragePercent(cov)}, ${cov.implementedChecks} of ${cov.checks} checks implemented)`,
        );
      }
      w(`\nThere are ${FRAMEWORKS.length} available compliance frameworks. A requirement whose checks prowl lacks is reported as NOT IMPLEMENTED, never PASS.`);
      return;
    }
    case 'requirements': {
      const title = (id: string) => catalogue.byId.get(id)?.title;
      for (const name of frameworks) {
        const f = resolveFramework(name);
        const cov = coverage(f, (id) => catalogue.byId.has(id));
        w(pc.bold(`${frameworkTitle(f)} (${f.id}): ${f.requirements.length} requirements, prowl covers ${cov.covered} of ${cov.automated} automated (${coveragePercent(cov)})`));
        let section = '';
        let subsection = '';
        for (const r of f.requirements) {
          if (r.section !== section) {
            w(`\n  ${pc.underline((section = r.section))}`);
            subsection = '';
          }
          if (r.subsection && r.subsection !== subsection) w(`   ${pc.italic((subsection = r.subsection))}`);
          const level = [r.profile, r.assessment].filter(Boolean).join(', ');
          w(`  ${pc.bold(r.id)}  ${requirementTitle(r, title)}${level ? pc.dim(`  [${level}]`) : ''}`);
          const checks = r.checks.length
            ? r.checks.map((c) => (catalogue.byId.has(c) ? c : `${c} ${pc.yellow('(not implemented in prowl)')}`)).join(', ')
            : pc.gray('manual: no automated check');
          w(`      ${checks}`);
          if (r.deviation) w(pc.dim(`      prowl differs from Prowler's mapping (${r.deviation.prowlerChecks.join(', ') || 'none'}): ${r.deviation.reason}`));
        }
        w();
      }
      return;
    }
    case 'categories': {
      const cats = [...new Set(catalogue.checks.flatMap((c) => c.categories))].sort();
      for (const c of cats) w(`- ${c}`);
      w(`\nThere are ${cats.length} available categories.`);
      return;
    }
    case 'groups': {
      const { groups, aliases } = PROWLER2;
      for (const g of groupIds()) {
        const have = groups[g].checks.filter((p2) => (aliases[p2] ?? []).some((id) => catalogue.byId.has(id))).length;
        const successors = new Set(groups[g].checks.flatMap((p2) => aliases[p2] ?? []));
        const missing = [...successors].filter((id) => !catalogue.byId.has(id)).length;
        w(
          `- ${pc.bold(g)} (${groups[g].checks.length} Prowler 2 checks, ${have} available in prowl; ` +
            `${successors.size} Prowler 5 successors, ${missing} not implemented yet)`,
        );
      }
      w(`\nThere are ${groupIds().length} Prowler 2 groups.`);
      return;
    }
  }
}

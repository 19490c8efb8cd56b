/**
 * Which checks run: the union of nothing is everything; each positive selector (checks, groups,
 * services, compliance, categories) narrows the set (they intersect), then severity, then exclusions.
 * Prowler 2 names (check11, extra72, group1, cislevel1) resolve through the reference tables.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { Check } from './check.js';
import type { Catalogue } from '../registry.js';
import { getFramework, resolveFrameworkId, FRAMEWORKS, type Framework } from '../compliance/index.js';
import prowler2 from '../compliance/prowler2.json' with { type: 'json' };
import prowler5 from '../compliance/prowler5-catalogue.json' with { type: 'json' };
import { EXIT, UserError } from '../cli/errors.js';
import { SEVERITIES, type Severity } from './types.js';

export interface Selection {
  checks?: string[];
  groups?: string[];
  services?: string[];
  severities?: string[];
  compliance?: string[];
  categories?: string[];
  excludedChecks?: string[];
  excludedServices?: string[];
}

export interface Selected {
  checks: Check[];
  /** Frameworks named with --compliance (resolved ids). */
  frameworks: string[];
  warnings: string[];
}

/** Prowler 2's check ids (aliases to their Prowler 5 successors) and groups. */
export const PROWLER2 = prowler2 as { aliases: Record<string, string[]>; groups: Record<string, { number: string; checks: string[] }> };
const PROWLER5_IDS = new Set((prowler5 as string[][]).map((r) => r[0]));
/** Prowler's service folder names that users type differently. */
const SERVICE_ALIASES: Record<string, string> = { lambda: 'awslambda', logs: 'cloudwatch', events: 'eventbridge', macie2: 'macie' };

/** Suggest up to three close names. */
export function suggest(name: string, candidates: Iterable<string>): string[] {
  const list = [...new Set(candidates)];
  const scored = list
    .map((c) => ({ c, d: c.includes(name) || name.includes(c) ? 0.5 : distance(name, c) }))
    .sort((a, b) => a.d - b.d)
    .filter((s) => s.d <= Math.max(3, name.length / 3));
  const out = scored.slice(0, 3).map((s) => s.c);
  if (out.length === 0 && list.length) out.push(closest(name, list));
  return out;
}

/** " (did you mean a, b?)" for an unknown name, or nothing when no candidate is close. */
export const didYouMean = (name: string, candidates: Iterable<string>): string => {
  const s = suggest(name, candidates);
  return s.length ? ` (did you mean ${s.join(', ')}?)` : '';
};

/** A framework by id or alias (cis_4.0.1_aws); an unknown name is a usage error with suggestions. */
export function resolveFramework(name: string): Framework {
  const id = resolveFrameworkId(name);
  if (!id) throw new UserError(`unknown compliance framework ${name}${didYouMean(name, FRAMEWORKS.map((f) => f.id))}`, EXIT.usage);
  return getFramework(id)!;
}

/** Resolve one check name (Prowler 5 id or Prowler 2 alias) to implemented check ids. */
export function resolveCheckName(name: string, catalogue: Catalogue, warnings: string[]): string[] {
  if (catalogue.byId.has(name)) return [name];
  const aliased = PROWLER2.aliases[name];
  if (aliased) {
    const have = aliased.filter((id) => catalogue.byId.has(id));
    if (have.length === 0) {
      throw new UserError(
        aliased.length
          ? `check ${name} (Prowler 2) maps to ${aliased.join(', ')}, not implemented in prowl yet`
          : `check ${name} (Prowler 2) has no Prowler 5 successor and is not implemented in prowl`,
        EXIT.usage,
      );
    }
    if (have.length < aliased.length) warnings.push(`${name}: ${aliased.filter((id) => !catalogue.byId.has(id)).join(', ')} not implemented yet`);
    return have;
  }
  if (PROWLER5_IDS.has(name)) throw new UserError(`check ${name} exists in Prowler but is not implemented in prowl yet`, EXIT.usage);
  const p2ids = Object.keys(PROWLER2.aliases).filter((a) => /^(check|extra)\d+$/.test(a));
  throw new UserError(`unknown check ${name}${didYouMean(name, [...catalogue.byId.keys(), ...p2ids])}`, EXIT.usage);
}

export function groupIds(): string[] {
  return Object.keys(PROWLER2.groups);
}

/**
 * A Prowler 2 group (-g gdpr, hipaa, pci, trustboundaries, internet-exposed, ftr...): the Prowler 5
 * successors of its checks that prowl implements. A warning names the successors not implemented yet and
 * the Prowler 2 checks that have no successor in Prowler 5 at all.
 */
export function resolveGroup(name: string, catalogue: Catalogue, warnings: string[]): string[] {
  const group = PROWLER2.groups[name];
  if (!group) throw new UserError(`unknown group ${name}${didYouMean(name, groupIds())}`, EXIT.usage);
  const ids = new Set<string>();
  const notYet = new Set<string>();
  const noSuccessor: string[] = [];
  for (const p2id of group.checks) {
    const targets = PROWLER2.aliases[p2id] ?? [];
    if (targets.length === 0) noSuccessor.push(p2id);
    for (const t of targets) (catalogue.byId.has(t) ? ids : notYet).add(t);
  }
  if (ids.size === 0) {
    throw new UserError(
      `group ${name}: none of its ${group.checks.length} Prowler 2 checks has a Prowler 5 successor implemented in prowl yet` +
        (notYet.size ? ` (successors: ${[...notYet].sort().slice(0, 8).join(', ')}${notYet.size > 8 ? ', ...' : ''})` : ''),
      EXIT.usage,
    );
  }
  const missing = [...notYet].sort();
  const parts: string[] = [];
  if (missing.length) parts.push(`${missing.length} successor checks not implemented in prowl yet (${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', ...' : ''})`);
  if (noSuccessor.length) parts.push(`${noSuccessor.length} Prowler 2 checks with no Prowler 5 successor (${noSuccessor.slice(0, 8).join(', ')}${noSuccessor.length > 8 ? ', ...' : ''})`);
  if (parts.length) warnings.push(`group ${name}: runs ${ids.size} checks; ${parts.join('; ')}`);
  return [...ids];
}

export function select(catalogue: Catalogue, sel: Selection): Selected {
  const warnings: string[] = [];
  let pool: Set<string> | undefined;
  const narrow = (ids: Iterable<string>) => {
    const next = new Set(ids);
    pool = pool ? new Set([...pool].filter((id) => next.has(id))) : next;
  };
  const services = new Set(catalogue.checks.map((c) => c.service));
  const serviceName = (s: string): string => {
    const name = SERVICE_ALIASES[s] ?? s;
    if (!services.has(name)) throw new UserError(`unknown service ${s}${didYouMean(s, services)}`, EXIT.usage);
    return name;
  };

  if (sel.checks?.length) narrow(sel.checks.flatMap((c) => resolveCheckName(c, catalogue, warnings)));
  if (sel.groups?.length) narrow(sel.groups.flatMap((g) => resolveGroup(g, catalogue, warnings)));
  if (sel.services?.length) {
    const wanted = new Set(sel.services.map(serviceName));
    narrow(catalogue.checks.filter((c) => wanted.has(c.service)).map((c) => c.id));
  }
  const frameworks: string[] = [];
  if (sel.compliance?.length) {
    const ids = new Set<string>();
    for (const name of sel.compliance) {
      const framework = resolveFramework(name);
      // An alias and its id (cis_4.0.1_aws, cis_4.0_aws) name one framework: it is shown and written once.
      if (frameworks.includes(framework.id)) continue;
      frameworks.push(framework.id);
      const missing = new Set<string>();
      let notImplemented = 0;
      for (const r of framework.requirements) {
        let whole = true;
        for (const c of r.checks) {
          if (catalogue.byId.has(c)) ids.add(c);
          else {
            missing.add(c);
            whole = false;
          }
        }
        if (!whole) notImplemented++;
      }
      // One line per framework: its reports say which requirement lacks which check ("not implemented in prowl").
      if (missing.size) {
        const list = [...missing].sort();
        warnings.push(
          `${framework.id}: ${notImplemented} of ${framework.requirements.length} requirements are not implemented in prowl yet ` +
            `(${list.length} checks missing: ${list.slice(0, 5).join(', ')}${list.length > 5 ? ', ...' : ''}); they are reported as NOT IMPLEMENTED, never PASS`,
        );
      }
    }
    narrow(ids);
  }
  if (sel.categories?.length) {
    const known = new Set(catalogue.checks.flatMap((c) => c.categories));
    for (const cat of sel.categories) {
      if (!known.has(cat)) throw new UserError(`unknown category ${cat}${didYouMean(cat, known)}`, EXIT.usage);
    }
    const wanted = new Set(sel.categories);
    narrow(catalogue.checks.filter((c) => c.categories.some((x) => wanted.has(x))).map((c) => c.id));
  }
  let checks = pool ? catalogue.checks.filter((c) => pool!.has(c.id)) : [...catalogue.checks];

  if (sel.severities?.length) {
    const wanted = new Set<Severity>();
    for (const s of sel.severities) {
      const v = s.toLowerCase() as Severity;
      if (!SEVERITIES.includes(v)) throw new UserError(`unknown severity ${s} (use ${SEVERITIES.join(', ')})`, EXIT.usage);
      wanted.add(v);
    }
    checks = checks.filter((c) => wanted.has(c.severity));
  }
  if (sel.excludedChecks?.length) {
    const out = new Set(sel.excludedChecks.flatMap((c) => resolveCheckName(c, catalogue, warnings)));
    checks = checks.filter((c) => !out.has(c.id));
  }
  if (sel.excludedServices?.length) {
    const out = new Set(sel.excludedServices.map(serviceName));
    checks = checks.filter((c) => !out.has(c.service));
  }
  return { checks, frameworks, warnings: [...new Set(warnings)] };
}

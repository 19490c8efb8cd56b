/**
 * Builds prowl's compliance data files and Prowler 2 alias tables from the reference facts in
 * ../shared/reference (ids, sections, levels, mappings). Run it when the reference changes:
 *   node --import tsx scripts/import-reference.ts [path/to/reference]
 * The output is committed, so prowl never needs the reference folder at run time.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ref = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/reference'));
const out = resolve(import.meta.dirname, '../src/compliance/data');
mkdirSync(out, { recursive: true });

const tsv = (file: string): Record<string, string>[] => {
  const [head, ...rows] = readFileSync(join(ref, file), 'utf8').trimEnd().split('\n');
  const cols = head.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i], v ?? ''])));
};
const list = (s: string | undefined) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

interface Requirement {
  id: string;
  section: string;
  profile: string;
  assessment: 'Automated' | 'Manual';
  checks: string[];
  params?: Record<string, Record<string, number>>;
}
interface Framework {
  id: string;
  family: 'CIS';
  name: string;
  version: string;
  provider: 'aws';
  requirements: Requirement[];
}

/** CIS 1.2 and 1.3 count credentials unused over 90 days; later versions over 45 (the checks' default). */
const NINETY_DAYS = {
  iam_user_accesskey_unused: { max_unused_access_keys_days: 90 },
  iam_user_console_access_unused: { max_console_access_days: 90 },
};

const NAME = 'CIS Amazon Web Services Foundations Benchmark';
const frameworks: Framework[] = [];

// CIS 1.4 to 7.0.
const cis = tsv('cis_aws_requirements.tsv');
for (const fid of [...new Set(cis.map((r) => r.framework))]) {
  const rows = cis.filter((r) => r.framework === fid);
  frameworks.push({
    id: fid,
    family: 'CIS',
    name: NAME,
    version: rows[0].version,
    provider: 'aws',
    requirements: rows.map((r) => ({
      id: r.requirement_id,
      section: r.section,
      profile: r.profile,
      assessment: r.assessment_status === 'Automated' ? 'Automated' : 'Manual',
      checks: list(r.check_ids),
    })),
  });
}

// CIS 1.3: each requirement is the same as a CIS 1.4 requirement (except the unused-credentials threshold).
const cis14 = frameworks.find((f) => f.id === 'cis_1.4_aws')!;
const cis13rows = tsv('cis_1.3_aws_requirements.tsv');
frameworks.push({
  id: 'cis_1.3_aws',
  family: 'CIS',
  name: NAME,
  version: '1.3',
  provider: 'aws',
  requirements: cis13rows.map((r) => {
    const same = cis14.requirements.find((q) => q.id === r['same_requirement_in_cis_1.4']);
    if (!same) throw new Error(`CIS 1.3 ${r.requirement_id}: no CIS 1.4 requirement ${r['same_requirement_in_cis_1.4']}`);
    const req: Requirement = { id: r.requirement_id, section: r.section, profile: same.profile, assessment: same.assessment, checks: [...same.checks] };
    const params = Object.fromEntries(Object.entries(NINETY_DAYS).filter(([c]) => req.checks.includes(c)));
    if (Object.keys(params).length) req.params = params;
    return req;
  }),
});

// CIS 1.2: Prowler 2's check11..check46 are its controls; their Prowler 5 successors are the checks.
const p2 = tsv('prowler2_checks.tsv');
const sections: Record<string, string> = {
  '1': '1 Identity and Access Management',
  '2': '2 Logging',
  '3': '3 Monitoring',
  '4': '4 Networking',
};
/** Controls whose Prowler 2 check has no single Prowler 5 successor listed. */
const CIS12_EXTRA: Record<string, string[]> = {
  check13: ['iam_user_accesskey_unused', 'iam_user_console_access_unused'],
  check122: ['iam_customer_attached_policy_no_administrative_privileges'],
};
frameworks.push({
  id: 'cis_1.2_aws',
  family: 'CIS',
  name: NAME,
  version: '1.2',
  provider: 'aws',
  requirements: p2
    .filter((r) => r.kind === 'CIS')
    .map((r) => {
      const checks = CIS12_EXTRA[r.check_id] ?? list(r['v4_ids_still_present_in_5.40']);
      const req: Requirement = {
        id: r.cis_or_extra_number,
        section: sections[r.cis_or_extra_number.split('.')[0]],
        profile: r.cis_level === 'LEVEL2' ? 'Level 2' : 'Level 1',
        assessment: r.scored === 'SCORED' ? 'Automated' : 'Manual',
        checks,
      };
      const params = Object.fromEntries(Object.entries(NINETY_DAYS).filter(([c]) => checks.includes(c)));
      if (Object.keys(params).length) req.params = params;
      return req;
    }),
});

for (const f of frameworks) writeFileSync(join(out, `${f.id}.json`), JSON.stringify(f, null, 1) + '\n');

// Prowler 2 names: check and extra ids (and their own aliases) -> Prowler 5 ids; groups -> Prowler 2 ids.
const aliases: Record<string, string[]> = {};
for (const r of p2) {
  const targets = CIS12_EXTRA[r.check_id] ?? list(r['v4_ids_still_present_in_5.40']);
  for (const name of [r.check_id, ...list(r.aliases)]) aliases[name] = targets;
}
const groups: Record<string, { number: string; checks: string[] }> = {};
for (const g of tsv('prowler2_groups.tsv')) {
  if (g.group_id === 'my-custom-group') continue; // an example in Prowler 2, not a real group
  groups[g.group_id] = { number: g.group_number, checks: list(g.checks) };
}
writeFileSync(join(out, '../prowler2.json'), JSON.stringify({ aliases, groups }, null, 1) + '\n');

// Prowler 5's catalogue facts (severity, resource type, categories) for the checks prowl implements or plans.
const catalogue = tsv('prowler_aws_checks.tsv').map((r) => [r.check_id, r.service, r.severity, r.resource_type, r.categories]);
writeFileSync(join(out, '../prowler5-catalogue.json'), JSON.stringify(catalogue) + '\n');

console.log(`wrote ${frameworks.length} frameworks, ${Object.keys(aliases).length} Prowler 2 aliases, ${Object.keys(groups).length} groups`);

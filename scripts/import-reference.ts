/**
 * Builds prowl's compliance data files and Prowler 2 alias tables from the reference facts in
 * ../shared/reference (ids, sections, levels, mappings). Run it when the reference changes:
 *   node --import tsx scripts/import-reference.ts [path/to/reference]
 * The output is committed, so prowl never needs the reference folder at run time.
 *
 * Every one of Prowler 5's 49 AWS frameworks is imported from frameworks/<id>.tsv; CIS 1.3 and 1.2 are
 * derived (CIS 1.3 from the CIS 1.4 requirement that asks the same thing, CIS 1.2 from Prowler 2's
 * check11..check46). Where Prowler's mapping of a CIS requirement contradicts the benchmark's own audit
 * procedure, prowl follows the benchmark: each such change is in CIS_DEVIATIONS below and is recorded in
 * the requirement's `deviation` (Prowler's original checks and the reason).
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ADMIN_PORTS_IPV4, ADMIN_PORTS_IPV6, CIS_TITLE_BY_CHECKS, CIS_TITLE_BY_ID } from './cis-titles.js';

const ref = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/reference'));
const out = resolve(import.meta.dirname, '../src/compliance/data');
mkdirSync(out, { recursive: true });

const tsv = (file: string): Record<string, string>[] => {
  const [head, ...rows] = readFileSync(join(ref, file), 'utf8').replace(/\r/g, '').trimEnd().split('\n');
  const cols = head.split('\t');
  return rows.map((r) => {
    const cells = r.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
};
const list = (s: string | undefined) => [...new Set((s ?? '').split(',').map((x) => x.trim()).filter(Boolean))];

type Param = number | string | boolean;
interface Requirement {
  id: string;
  section: string;
  subsection?: string;
  profile: string;
  assessment: string;
  /** The framework's own short public name for the requirement, where the reference gives one. */
  name?: string;
  /** prowl's own short title (CIS). */
  title?: string;
  checks: string[];
  params?: Record<string, Record<string, Param>>;
  /** Where prowl's mapping differs from Prowler's: Prowler's checks and why prowl differs. */
  deviation?: { prowlerChecks: string[]; reason: string };
}
interface Framework {
  id: string;
  family: string;
  name: string;
  version: string;
  provider: 'aws';
  /** Check ids Prowler's mapping names that Prowler 5 itself does not have (left out of the requirements). */
  unknownChecks?: string[];
  /** Notes on how the reference data was repaired (duplicate ids). */
  notes?: string[];
  requirements: Requirement[];
}

const catalogueRows = tsv('prowler_aws_checks.tsv');
const PROWLER5 = new Set(catalogueRows.map((r) => r.check_id));
const meta = new Map(tsv('prowler_aws_frameworks.tsv').map((r) => [r.framework_file, r]));
const CIS_NAME = 'CIS Amazon Web Services Foundations Benchmark';

/** CIS 1.2 and 1.3 count credentials unused over 90 days; later versions over 45 (the checks' default). */
const NINETY_DAYS = {
  iam_user_accesskey_unused: { max_unused_access_keys_days: 90 },
  iam_user_console_access_unused: { max_console_access_days: 90 },
};
const SG_ADMIN = [
  'ec2_securitygroup_allow_ingress_from_internet_to_all_ports',
  'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22',
  'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389',
];
const family = (ipFamily: 'ipv4' | 'ipv6') => Object.fromEntries(SG_ADMIN.map((c) => [c, { ip_family: ipFamily }]));

interface Deviation {
  checks: string[];
  reason: string;
  title?: string;
  params?: Record<string, Record<string, Param>>;
}
const EBS: Deviation = {
  checks: ['ec2_ebs_default_encryption'],
  reason:
    'The benchmark audits this with GetEbsEncryptionByDefault in every region: the regional default decides. Prowler maps it to the encryption of existing volumes, which passes in a region with no volumes and encryption by default off.',
};
const RDS: Deviation = {
  checks: ['rds_instance_storage_encrypted'],
  reason:
    'The benchmark asks for storage encryption at rest (StorageEncrypted); Prowler also maps the TLS-in-transit check (rds.force_ssl), which is not part of this requirement and could fail it wrongly.',
};
const adminV4 = (split: boolean): Deviation => ({
  checks: SG_ADMIN,
  title: ADMIN_PORTS_IPV4,
  params: family('ipv4'),
  reason: split
    ? 'This requirement is about 0.0.0.0/0 only; the benchmark asks about ::/0 in a separate requirement. prowl evaluates the security group checks with ip_family=ipv4, so a group open to ::/0 only does not fail it.'
    : 'This version of the benchmark asks about 0.0.0.0/0 only. prowl evaluates the security group checks with ip_family=ipv4, so a group open to ::/0 only does not fail it.',
});
const adminV6: Deviation = {
  checks: SG_ADMIN,
  title: ADMIN_PORTS_IPV6,
  params: family('ipv6'),
  reason:
    'This requirement is about ::/0 only; the benchmark asks about 0.0.0.0/0 in a separate requirement. prowl evaluates the security group checks with ip_family=ipv6, so a group open to 0.0.0.0/0 only does not fail it.',
};
const adminV4NoCw: Deviation = {
  ...adminV4(true),
  reason: `${adminV4(true).reason} Prowler also maps ec2_confidential_workload_host_unrestricted_ingress, which the benchmark's audit (security group rules) does not mention.`,
};
const adminV6NoCw: Deviation = {
  ...adminV6,
  reason: `${adminV6.reason} Prowler also maps ec2_confidential_workload_host_unrestricted_ingress, which the benchmark's audit (security group rules) does not mention.`,
};
const IMDS_ACCOUNT: Deviation = {
  checks: ['ec2_instance_imdsv2_enabled'],
  reason:
    'The benchmark audits the metadata options of each instance. Prowler also maps the account-level IMDS default, which does not change existing instances: an account without that default but with every instance on IMDSv2 meets the benchmark.',
};
const IMDS_CW: Deviation = {
  checks: ['ec2_instance_imdsv2_enabled'],
  reason:
    "The benchmark audits the metadata options of each instance; Prowler also maps a confidential-workload host check that the benchmark's audit does not mention.",
};
const CLOUDSHELL: Deviation = {
  checks: ['iam_policy_cloudshell_admin_not_attached'],
  reason:
    'This is the AWSCloudShellFullAccess requirement of CIS 2.0 and 4.0.1 (1.22 in both); Prowler maps no check to it in 3.0 although its audit (policy entities of AWSCloudShellFullAccess) is automatable.',
};

/** framework -> requirement -> prowl's mapping, where it differs from Prowler's. */
const CIS_DEVIATIONS: Record<string, Record<string, Deviation>> = {
  'cis_1.4_aws': { '2.2.1': EBS, '2.3.1': RDS, '5.2': adminV4(false) },
  'cis_1.5_aws': { '2.2.1': EBS, '2.3.1': RDS, '5.2': adminV4(true), '5.3': adminV6 },
  'cis_2.0_aws': { '2.2.1': EBS, '2.3.1': RDS, '5.2': adminV4(true), '5.3': adminV6, '5.6': IMDS_ACCOUNT },
  'cis_3.0_aws': { '1.22': CLOUDSHELL, '2.2.1': EBS, '5.2': adminV4NoCw, '5.3': adminV6NoCw, '5.6': IMDS_CW },
  'cis_4.0_aws': { '5.1.1': EBS, '5.3': adminV4(true), '5.4': adminV6 },
  'cis_5.0_aws': { '5.1.1': EBS, '5.3': adminV4(true), '5.4': adminV6 },
  'cis_6.0_aws': { '6.1.1': EBS, '6.3': adminV4(true), '6.4': adminV6 },
  'cis_7.0_aws': { '6.3': adminV4(true), '6.4': adminV6 },
};

const frameworks: Framework[] = [];

for (const file of readdirSync(join(ref, 'frameworks')).filter((f) => f.endsWith('.tsv')).sort()) {
  const id = file.replace(/\.tsv$/, '');
  const m = meta.get(id);
  if (!m) throw new Error(`${file}: not in prowler_aws_frameworks.tsv`);
  const isCis = m.framework_family === 'CIS';
  const unknown = new Set<string>();
  const notes: string[] = [];
  const seen = new Map<string, Requirement>();
  const requirements: Requirement[] = [];
  for (const row of tsv(join('frameworks', file))) {
    const mapped = list(row.checks);
    mapped.filter((c) => !PROWLER5.has(c)).forEach((c) => unknown.add(c));
    const r: Requirement = {
      id: row.requirement_id,
      // A framework without sections (RBI) is grouped by the name's prefix ("Annex I").
      section: row.section || row.name.replace(/\s*\(.*$/, '') || m.framework_name,
      ...(row.subsection ? { subsection: row.subsection } : {}),
      profile: row.level,
      assessment: row.assessment,
      ...(row.name ? { name: row.name } : {}),
      checks: mapped.filter((c) => PROWLER5.has(c)),
    };
    const before = seen.get(r.id);
    if (before) {
      if (JSON.stringify(before) === JSON.stringify(r)) {
        notes.push(`${r.id}: listed twice with the same content; kept once.`);
        continue;
      }
      // CIS 5.0 lists "1.10" as "1.1" (a number read as a decimal); other duplicates are told apart by name.
      const fixed = isCis && /^\d+\.1$/.test(r.id) ? `${r.id}0` : `${r.id} (${r.name || r.section})`;
      notes.push(`${r.id}: listed twice for different requirements; the second is ${fixed}.`);
      r.id = fixed;
    }
    seen.set(r.id, r);
    requirements.push(r);
  }
  const f: Framework = {
    id,
    family: m.framework_family,
    name: isCis ? CIS_NAME : m.framework_name,
    version: m.version,
    provider: 'aws',
    ...(unknown.size ? { unknownChecks: [...unknown].sort() } : {}),
    ...(notes.length ? { notes } : {}),
    requirements,
  };
  if (isCis) {
    // Natural order (1.2 before 1.10), as the benchmark lists them.
    requirements.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
    for (const r of requirements) {
      if (r.assessment !== 'Automated') r.assessment = 'Manual';
      const d = CIS_DEVIATIONS[id]?.[r.id];
      if (d) {
        r.deviation = { prowlerChecks: r.checks, reason: d.reason };
        r.checks = [...d.checks];
        if (d.params) r.params = d.params;
        if (d.title) r.title = d.title;
      }
    }
  }
  frameworks.push(f);
}
for (const [fid, reqs] of Object.entries(CIS_DEVIATIONS)) {
  const f = frameworks.find((x) => x.id === fid)!;
  for (const rid of Object.keys(reqs)) if (!f.requirements.some((r) => r.id === rid)) throw new Error(`deviation for missing ${fid} ${rid}`);
}

// CIS 1.3: each requirement is the same as a CIS 1.4 requirement (except the unused-credentials threshold).
const cis14 = frameworks.find((f) => f.id === 'cis_1.4_aws')!;
frameworks.push({
  id: 'cis_1.3_aws',
  family: 'CIS',
  name: CIS_NAME,
  version: '1.3',
  provider: 'aws',
  requirements: tsv('cis_1.3_aws_requirements.tsv').map((r) => {
    const same = cis14.requirements.find((q) => q.id === r['same_requirement_in_cis_1.4']);
    if (!same) throw new Error(`CIS 1.3 ${r.requirement_id}: no CIS 1.4 requirement ${r['same_requirement_in_cis_1.4']}`);
    const req: Requirement = { id: r.requirement_id, section: r.section, profile: same.profile, assessment: same.assessment, checks: [...same.checks] };
    if (same.title) req.title = same.title;
    const params = { ...(same.params ?? {}), ...Object.fromEntries(Object.entries(NINETY_DAYS).filter(([c]) => req.checks.includes(c))) };
    if (Object.keys(params).length) req.params = params;
    if (same.deviation) req.deviation = { ...same.deviation, reason: `As in CIS 1.4 ${same.id}: ${same.deviation.reason}` };
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
/** CIS 1.2's admin-port controls (4.1 SSH, 4.2 RDP) name 0.0.0.0/0 only. */
const CIS12_IPV4: Record<string, string> = {
  '4.1': 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22',
  '4.2': 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389',
};
frameworks.push({
  id: 'cis_1.2_aws',
  family: 'CIS',
  name: CIS_NAME,
  version: '1.2',
  provider: 'aws',
  requirements: p2
    .filter((r) => r.kind === 'CIS')
    .map((r) => {
      const checks = CIS12_EXTRA[r.check_id] ?? list(r['v4_ids_still_present_in_5.40']);
      const id = r.cis_or_extra_number;
      const req: Requirement = {
        id,
        section: sections[id.split('.')[0]],
        profile: r.cis_level === 'LEVEL2' ? 'Level 2' : 'Level 1',
        assessment: r.scored === 'SCORED' ? 'Automated' : 'Manual',
        checks,
      };
      const params: Record<string, Record<string, Param>> = Object.fromEntries(Object.entries(NINETY_DAYS).filter(([c]) => checks.includes(c)));
      if (CIS12_IPV4[id]) {
        params[CIS12_IPV4[id]] = { ip_family: 'ipv4' };
        req.deviation = {
          prowlerChecks: checks,
          reason: 'CIS 1.2 asks about 0.0.0.0/0 only: prowl evaluates the check with ip_family=ipv4, so a group open to ::/0 only does not fail it.',
        };
      }
      if (Object.keys(params).length) req.params = params;
      return req;
    }),
});

// prowl's own short titles for every CIS requirement.
for (const f of frameworks.filter((x) => x.family === 'CIS')) {
  for (const r of f.requirements) {
    r.title ??= CIS_TITLE_BY_ID[f.id]?.[r.id] ?? CIS_TITLE_BY_CHECKS[(r.deviation?.prowlerChecks ?? r.checks).join(',')];
    if (!r.title) throw new Error(`${f.id} ${r.id}: no title for checks ${r.checks.join(',')}`);
  }
}

for (const f of readdirSync(out).filter((x) => x.endsWith('.json'))) rmSync(join(out, f));
for (const f of frameworks) writeFileSync(join(out, `${f.id}.json`), JSON.stringify(f, null, 1) + '\n');

// A static import of every data file, so bundlers see them (no file system access at run time).
const ids = frameworks.map((f) => f.id).sort();
const ident = (id: string) => `f_${id.replace(/[^a-z0-9]/gi, '_')}`;
writeFileSync(
  join(out, 'index.ts'),
  [
    '// Generated by scripts/import-reference.ts: every framework data file. Do not edit by hand.',
    ...ids.map((id) => `import ${ident(id)} from './${id}.json' with { type: 'json' };`),
    '',
    `export const FRAMEWORK_DATA: unknown[] = [${ids.map(ident).join(', ')}];`,
    '',
  ].join('\n'),
);

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
const catalogue = catalogueRows.map((r) => [r.check_id, r.service, r.severity, r.resource_type, r.categories]);
writeFileSync(join(out, '../prowler5-catalogue.json'), JSON.stringify(catalogue) + '\n');

console.log(`wrote ${frameworks.length} frameworks, ${Object.keys(aliases).length} Prowler 2 aliases, ${Object.keys(groups).length} groups`);

/**
 * Compliance frameworks are data (src/compliance/data/*.json): requirements that name the checks
 * evaluating them. The reverse index (check -> requirements) is derived here, never written by hand.
 */
import { z } from 'zod';
import cis12 from './data/cis_1.2_aws.json' with { type: 'json' };
import cis13 from './data/cis_1.3_aws.json' with { type: 'json' };
import cis14 from './data/cis_1.4_aws.json' with { type: 'json' };
import cis15 from './data/cis_1.5_aws.json' with { type: 'json' };
import cis20 from './data/cis_2.0_aws.json' with { type: 'json' };
import cis30 from './data/cis_3.0_aws.json' with { type: 'json' };
import cis40 from './data/cis_4.0_aws.json' with { type: 'json' };
import cis50 from './data/cis_5.0_aws.json' with { type: 'json' };
import cis60 from './data/cis_6.0_aws.json' with { type: 'json' };
import cis70 from './data/cis_7.0_aws.json' with { type: 'json' };

export const requirementSchema = z.object({
  id: z.string().min(1),
  section: z.string().min(1),
  profile: z.string(),
  assessment: z.enum(['Automated', 'Manual']),
  checks: z.array(z.string()),
  /** Parameter overrides this requirement needs, per check. */
  params: z.record(z.string(), z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]))).optional(),
});
export const frameworkSchema = z.object({
  id: z.string().regex(/^[a-z0-9_.]+_aws$/),
  family: z.string(),
  name: z.string(),
  version: z.string(),
  provider: z.literal('aws'),
  requirements: z.array(requirementSchema).min(1),
});
export type Requirement = z.infer<typeof requirementSchema>;
export type Framework = z.infer<typeof frameworkSchema>;

export const FRAMEWORKS: Framework[] = [cis12, cis13, cis14, cis15, cis20, cis30, cis40, cis50, cis60, cis70].map((f) =>
  frameworkSchema.parse(f),
);

/** The newest CIS benchmark: the default compliance view. */
export const LATEST_CIS = 'cis_7.0_aws';

/** Accepted spellings besides the file id (CIS 4.0.1 is filed as cis_4.0_aws, as Prowler does). */
const FRAMEWORK_ALIASES: Record<string, string> = { 'cis_4.0.1_aws': 'cis_4.0_aws' };

export function resolveFrameworkId(name: string): string | undefined {
  const id = FRAMEWORK_ALIASES[name] ?? name;
  return FRAMEWORKS.some((f) => f.id === id) ? id : undefined;
}

export function getFramework(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}

export interface ComplianceRefEntry {
  framework: string;
  requirement: string;
  params?: Record<string, number | string | boolean>;
}

export interface ComplianceIndex {
  frameworks: Framework[];
  byCheck: Map<string, ComplianceRefEntry[]>;
}

export function buildComplianceIndex(frameworks: Framework[] = FRAMEWORKS): ComplianceIndex {
  const byCheck = new Map<string, ComplianceRefEntry[]>();
  for (const f of frameworks) {
    for (const r of f.requirements) {
      for (const c of r.checks) {
        const entry: ComplianceRefEntry = { framework: f.id, requirement: r.id };
        if (r.params?.[c]) entry.params = r.params[c];
        let list = byCheck.get(c);
        if (!list) byCheck.set(c, (list = []));
        list.push(entry);
      }
    }
  }
  return { frameworks, byCheck };
}

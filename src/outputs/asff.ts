/**
 * JSON-ASFF output (-M json-asff): a JSON array of AWS Security Finding Format 2018-10-08 objects, the
 * shape Security Hub's BatchImportFindings accepts, written one finding per line ("[", objects separated
 * by ",\n", "]"; an empty scan writes "[]"). src/integrations/securityhub.ts reads this file back line by
 * line, so keep one finding per line.
 *
 * Mapping (prowl -> ASFF):
 *   uid -> Id; "prowl-<check id>" -> GeneratorId; the account's own default product
 *   (arn:<partition>:securityhub:<finding region>::product/<account>/default) -> ProductArn, so no
 *   marketplace integration is needed; ProductFields.ProviderName "prowl" marks prowl's findings.
 *   PASS/FAIL/MANUAL/ERROR -> Compliance.Status PASSED/FAILED/WARNING/NOT_AVAILABLE (NOT_AVAILABLE is
 *   ASFF's "the check could not be performed"; ProductFields prowl/ErrorOperation names the call).
 *   Severity.Label is the check's severity for FAIL, MANUAL and ERROR and INFORMATIONAL for PASS (as
 *   Security Hub does for passed controls); Severity.Original always keeps the check's severity.
 *   Description is the finding's status_extended (the sentence about this resource), Title the check title.
 *   Muted findings keep their status and get Workflow.Status SUPPRESSED (Security Hub only honours a
 *   provider's Workflow when the finding is first created).
 *   Compliance.RelatedRequirements: "CIS 7.0 2.11", selected frameworks first, then the newest.
 *   AssociatedStandards is left out: its ids name Security Hub's own standards, whose controls
 *   prowl's findings are not.
 * Limits enforced here (longer values are cut and end with "…"): Title 256, Description 1024,
 * Recommendation.Text 512, RelatedRequirements 32 items, ProductFields 50 pairs (key 128, value 2048),
 * Resource.Tags 50 pairs (key 128, value 256), Resource.Details.Other 50 pairs (key 128, value 1024),
 * Severity.Original 64, Resource.Type 256. src/outputs/asff-schema.json checks the result in the tests.
 */
import type { AwsSecurityFinding, Partition, SeverityLabel } from '@aws-sdk/client-securityhub';
import type { Check } from '../core/check.js';
import type { Finding, Severity, Status } from '../core/types.js';
import { getFramework } from '../compliance/index.js';
import { accountOf, createJsonArrayWriter, frameworkOrder, newestVersionFirst, pairsText, resourceTypeOf } from './common.js';
import type { OutputContext, OutputWriter } from './types.js';

export type AsffFinding = AwsSecurityFinding;

const ASFF_SCHEMA_VERSION = '2018-10-08';
/** ProductFields.ProviderName on every finding prowl writes: how prowl finds its own findings in Security Hub. */
export const ASFF_PROVIDER_NAME = 'prowl';
export const ASFF_GENERATOR_PREFIX = 'prowl-';

export const ASFF_LIMITS = {
  title: 256,
  description: 1024,
  recommendationText: 512,
  relatedRequirements: 32,
  productFields: 50,
  productFieldKey: 128,
  productFieldValue: 2048,
  tags: 50,
  tagKey: 128,
  tagValue: 256,
  otherDetails: 50,
  otherKey: 128,
  otherValue: 1024,
  severityOriginal: 64,
  resourceType: 256,
} as const;

const ASFF_COMPLIANCE_STATUS: Record<Status, 'PASSED' | 'FAILED' | 'WARNING' | 'NOT_AVAILABLE'> = {
  PASS: 'PASSED',
  FAIL: 'FAILED',
  MANUAL: 'WARNING',
  ERROR: 'NOT_AVAILABLE',
};

const SEVERITY_LABEL: Record<Severity, SeverityLabel> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  informational: 'INFORMATIONAL',
};

const PARTITIONS: ReadonlySet<string> = new Set(['aws', 'aws-cn', 'aws-us-gov', 'aws-us-iso', 'aws-us-iso-b']);

export const TYPE_BEST_PRACTICES = 'Software and Configuration Checks/AWS Security Best Practices';
export const TYPE_CIS = 'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark';

/** Cut `s` to at most `max` UTF-16 units, marking the cut with "…" and never splitting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** At most `maxPairs` entries with keys and values cut to their limits; empty keys dropped. */
function boundedMap(
  record: Record<string, unknown> | undefined,
  maxPairs: number,
  maxKey: number,
  maxValue: number,
): Record<string, string> | undefined {
  if (!record) return undefined;
  const out: Record<string, string> = {};
  let n = 0;
  for (const [k, v] of Object.entries(record)) {
    if (!k || n >= maxPairs) continue;
    const key = clip(k, maxKey);
    if (key in out) continue;
    out[key] = clip(Array.isArray(v) ? v.join(',') : String(v), maxValue);
    n++;
  }
  return n ? out : undefined;
}

/**
 * "CIS 7.0 2.11" labels for the finding's requirements: frameworks selected for the scan first (in their
 * order), then the others newest first; at most 32 (ASFF's limit).
 */
export function relatedRequirements(finding: Finding, ctx: Pick<OutputContext, 'frameworks'>): string[] {
  const selected = (ctx.frameworks ?? []).map((f) => f.id);
  const rank = (id: string) => {
    const i = selected.indexOf(id);
    return i >= 0 ? i : selected.length;
  };
  const refs = [...finding.compliance].sort((a, b) => {
    const r = rank(a.framework) - rank(b.framework);
    if (r) return r;
    return frameworkOrder(a.framework, b.framework);
  });
  const out: string[] = [];
  for (const ref of refs) {
    const f = getFramework(ref.framework);
    const label = f ? (f.version ? `${f.family} ${f.version}` : f.family) : ref.framework;
    for (const req of ref.requirements) {
      const item = `${label} ${req}`;
      if (!out.includes(item)) out.push(item);
    }
  }
  return out.slice(0, ASFF_LIMITS.relatedRequirements);
}

/** Product fields: prowl's markers and the details ASFF has no attribute for. */
const wholeOrNothing = (code: string | undefined): string | undefined =>
  code && code.length <= ASFF_LIMITS.productFieldValue ? code : undefined;

function productFields(finding: Finding, check: Check, ctx: OutputContext): Record<string, string> {
  const r = finding.resource;
  const fields: Record<string, string | undefined> = {
    ProviderName: ASFF_PROVIDER_NAME,
    ProviderVersion: ctx.prowlVersion,
    'prowl/CheckId': finding.checkId,
    'prowl/Status': finding.status,
    'prowl/Service': check.service,
    'prowl/ResourceId': r.id,
    'prowl/ResourceName': r.name,
    'prowl/Categories': check.categories.length ? check.categories.join(',') : undefined,
    'prowl/Muted': finding.muted ? 'true' : undefined,
    'prowl/MutedBy': finding.muted ? finding.mutedBy : undefined,
    'prowl/Params': finding.params && Object.keys(finding.params).length ? pairsText(finding.params) : undefined,
    'prowl/ErrorOperation': finding.error?.operation,
    'prowl/ErrorCode': finding.error?.code,
    // ASFF's Remediation holds only a text and a URL: the code goes in product fields, whole or not at all
    // (a clipped snippet would not run).
    'prowl/RemediationNativeIaC': wholeOrNothing(check.remediation.nativeIaC),
    'prowl/RemediationTerraform': wholeOrNothing(check.remediation.terraform),
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
  return boundedMap(defined, ASFF_LIMITS.productFields, ASFF_LIMITS.productFieldKey, ASFF_LIMITS.productFieldValue)!;
}

/** The ASFF product ARN of the account's own ("default") product in a region. */
const productArn = (partition: string, region: string, accountId: string) =>
  `arn:${partition}:securityhub:${region}::product/${accountId}/default`;

/** The ASFF finding types (Types) of a finding: best practices, and the CIS standard when it counts towards one. */
export function checkTypes(finding: Finding): string[] {
  const cis = finding.compliance.some((c) => getFramework(c.framework)?.family === 'CIS');
  return cis ? [TYPE_BEST_PRACTICES, TYPE_CIS] : [TYPE_BEST_PRACTICES];
}

export function toAsff(finding: Finding, check: Check, ctx: OutputContext): AsffFinding {
  const account = accountOf(ctx, finding.accountId);
  const r = finding.resource;
  const rem = check.remediation;
  const related = relatedRequirements(finding, ctx);
  const tags = boundedMap(r.tags, ASFF_LIMITS.tags, ASFF_LIMITS.tagKey, ASFF_LIMITS.tagValue);
  const other = boundedMap(r.details, ASFF_LIMITS.otherDetails, ASFF_LIMITS.otherKey, ASFF_LIMITS.otherValue);
  const partition = PARTITIONS.has(account.partition) ? (account.partition as Partition) : undefined;
  return {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    Id: finding.uid,
    ProductArn: productArn(account.partition, finding.region, finding.accountId),
    ProductName: 'prowl',
    CompanyName: 'prowl',
    Region: finding.region,
    GeneratorId: `${ASFF_GENERATOR_PREFIX}${finding.checkId}`,
    AwsAccountId: finding.accountId,
    Types: checkTypes(finding),
    FirstObservedAt: finding.timestamp,
    LastObservedAt: finding.timestamp,
    CreatedAt: finding.timestamp,
    UpdatedAt: finding.timestamp,
    Severity: {
      Label: finding.status === 'PASS' ? 'INFORMATIONAL' : SEVERITY_LABEL[check.severity],
      Original: clip(check.severity, ASFF_LIMITS.severityOriginal),
    },
    Title: clip(check.title, ASFF_LIMITS.title),
    Description: clip(finding.statusExtended || check.description, ASFF_LIMITS.description),
    Remediation: {
      Recommendation: { Text: clip(rem.text, ASFF_LIMITS.recommendationText), ...(rem.url ? { Url: rem.url } : {}) },
    },
    ProductFields: productFields(finding, check, ctx),
    Resources: [
      {
        Type: clip(resourceTypeOf(finding, check), ASFF_LIMITS.resourceType),
        Id: r.arn || r.id,
        ...(partition ? { Partition: partition } : {}),
        Region: finding.region,
        ...(tags ? { Tags: tags } : {}),
        ...(other ? { Details: { Other: other } } : {}),
      },
    ],
    Compliance: {
      Status: ASFF_COMPLIANCE_STATUS[finding.status],
      ...(related.length ? { RelatedRequirements: related } : {}),
    },
    RecordState: 'ACTIVE',
    Workflow: { Status: finding.muted ? 'SUPPRESSED' : 'NEW' },
  };
}

/** Streams a JSON array, one ASFF finding per line. */
export function createAsffWriter(path: string, ctx: OutputContext): OutputWriter {
  return createJsonArrayWriter(path, (finding, check) => toAsff(finding, check, ctx));
}

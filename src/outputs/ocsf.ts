/**
 * JSON-OCSF output: a JSON array of OCSF 1.x Detection Finding events (class 2004), written one event
 * at a time. The shape is checked against ocsf-schema.json (a subset of the OCSF schema) in the tests.
 */
import type { Check } from '../core/check.js';
import type { Finding, Severity, Status } from '../core/types.js';
import { accountOf, complianceOf, createJsonArrayWriter, resourceTypeOf } from './common.js';
import type { OutputContext, OutputWriter } from './types.js';

export const OCSF_SCHEMA_VERSION = '1.3.0';

const SEVERITY: Record<Severity, { id: number; caption: string }> = {
  informational: { id: 1, caption: 'Informational' },
  low: { id: 2, caption: 'Low' },
  medium: { id: 3, caption: 'Medium' },
  high: { id: 4, caption: 'High' },
  critical: { id: 5, caption: 'Critical' },
};

export interface OcsfDetectionFinding {
  message: string;
  metadata: {
    event_code: string;
    product: { name: string; uid: string; vendor_name: string; version: string };
    profiles: string[];
    tenant_uid?: string;
    version: string;
  };
  finding_info: {
    uid: string;
    title: string;
    desc: string;
    created_time: number;
    created_time_dt: string;
    types?: string[];
    product_uid: string;
  };
  activity_id: 1;
  activity_name: 'Create';
  category_uid: 2;
  category_name: 'Findings';
  class_uid: 2004;
  class_name: 'Detection Finding';
  type_uid: 200401;
  type_name: 'Detection Finding: Create';
  severity_id: number;
  severity: string;
  status_id: 1 | 3;
  status: 'New' | 'Suppressed';
  status_code: Status;
  status_detail: string;
  risk_details: string;
  resources: Array<{
    uid: string;
    name: string;
    region: string;
    type: string;
    cloud_partition: string;
    data: { details: Record<string, string | number | boolean> };
    labels: string[];
    group: { name: string };
  }>;
  cloud: {
    account: { uid: string; name?: string; type: 'AWS Account'; type_id: 10; labels?: string[] };
    org?: { uid: string; name?: string };
    provider: 'aws';
    region: string;
  };
  remediation: { desc: string; references: string[] };
  unmapped: Record<string, unknown>;
  time: number;
  time_dt: string;
}

const labels = (tags: Record<string, string> | undefined) => Object.entries(tags ?? {}).map(([k, v]) => `${k}=${v}`);

export function toOcsf(finding: Finding, check: Check, ctx: OutputContext): OcsfDetectionFinding {
  const account = accountOf(ctx, finding.accountId);
  const r = finding.resource;
  const rem = check.remediation;
  const ms = Date.parse(finding.timestamp);
  const time = Number.isNaN(ms) ? 0 : ms;
  const timeDt = new Date(time).toISOString();
  const sev = SEVERITY[check.severity];
  const code = Object.fromEntries(
    Object.entries({ cli: rem.cli, terraform: rem.terraform, native_iac: rem.nativeIaC, other: rem.other }).filter(([, v]) => v),
  );
  const unmapped: Record<string, unknown> = {
    compliance: complianceOf(finding),
    categories: check.categories,
    resource_id: r.id,
  };
  if (Object.keys(code).length) unmapped.remediation_code = code;
  if (finding.params) unmapped.check_params = finding.params;
  if (finding.muted && finding.mutedBy) unmapped.muted_by = finding.mutedBy;
  if (finding.error) unmapped.error = finding.error;
  const accountName = account.name;
  return {
    message: finding.statusExtended,
    metadata: {
      event_code: finding.checkId,
      product: { name: 'prowl', uid: 'prowl', vendor_name: 'prowl', version: ctx.prowlVersion },
      profiles: ['cloud', 'datetime'],
      ...(account.organizationId ? { tenant_uid: account.organizationId } : {}),
      version: OCSF_SCHEMA_VERSION,
    },
    finding_info: {
      uid: finding.uid,
      title: check.title,
      desc: check.description,
      created_time: time,
      created_time_dt: timeDt,
      ...(check.categories.length ? { types: check.categories } : {}),
      product_uid: 'prowl',
    },
    activity_id: 1,
    activity_name: 'Create',
    category_uid: 2,
    category_name: 'Findings',
    class_uid: 2004,
    class_name: 'Detection Finding',
    type_uid: 200401,
    type_name: 'Detection Finding: Create',
    severity_id: sev.id,
    severity: sev.caption,
    status_id: finding.muted ? 3 : 1,
    status: finding.muted ? 'Suppressed' : 'New',
    status_code: finding.status,
    status_detail: finding.statusExtended,
    risk_details: check.risk,
    resources: [
      {
        uid: r.arn,
        name: r.name ?? r.id,
        region: finding.region,
        type: resourceTypeOf(finding, check),
        cloud_partition: account.partition,
        data: { details: r.details ?? {} },
        labels: labels(r.tags),
        group: { name: check.service },
      },
    ],
    cloud: {
      account: {
        uid: finding.accountId,
        ...(accountName ? { name: accountName } : {}),
        type: 'AWS Account',
        type_id: 10,
        ...(account.tags ? { labels: labels(account.tags) } : {}),
      },
      ...(account.organizationId
        ? { org: { uid: account.organizationId, ...(account.organizationName ? { name: account.organizationName } : {}) } }
        : {}),
      provider: 'aws',
      region: finding.region,
    },
    remediation: { desc: rem.text, references: rem.url ? [rem.url] : [] },
    unmapped,
    time,
    time_dt: timeDt,
  };
}

/** Streams a JSON array, one event per line. */
export function createOcsfWriter(path: string, ctx: OutputContext): OutputWriter {
  return createJsonArrayWriter(path, (finding, check) => toOcsf(finding, check, ctx));
}

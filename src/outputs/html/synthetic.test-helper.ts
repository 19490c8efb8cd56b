/**
 * Synthetic findings for the HTML report's tests and benchmark, and a decoder for the data a report embeds.
 * Deterministic: the same seed gives the same findings.
 */
import { gunzipSync } from 'node:zlib';
import { defineCheck, type Check } from '../../core/check.js';
import type { ComplianceRef, Finding, Severity, Status } from '../../core/types.js';
import type { ComplianceIndex } from '../../compliance/index.js';
import type { ReportMeta } from './writer.js';

export const REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1',
  'eu-north-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1',
  'sa-east-1', 'me-south-1',
];

/** A small check with complete metadata (no facts, never run). */
export function fakeCheck(id: string, severity: Severity, over: Partial<Check> = {}): Check {
  const service = id.split('_')[0];
  return defineCheck({
    id,
    title: `Synthetic check ${id.replace(/_/g, ' ')}`,
    service,
    severity,
    resourceType: 'Other',
    categories: ['synthetic'],
    description: `Description of ${id}: verifies that the resource is configured safely.`,
    risk: `Risk of ${id}: an attacker could take advantage of the weak configuration.`,
    remediation: {
      text: `Remediate ${id} by changing the configuration.`,
      url: 'https://docs.aws.amazon.com/',
      cli: `aws ${service} fix-${id.replace(/_/g, '-')} --resource <id>`,
      terraform: `resource "aws_${service}_thing" "example" {\n  secure = true\n}`,
      nativeIaC: `Resources:\n  Thing:\n    Type: AWS::${service}::Thing`,
    },
    uses: [],
    run() {},
    ...over,
  });
}

/** A tiny deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The compliance refs of a check as evaluate() would attach them (framework -> requirements). */
export function complianceFor(check: Check, index: ComplianceIndex | undefined): ComplianceRef[] {
  const byFw = new Map<string, string[]>();
  for (const e of index?.byCheck.get(check.id) ?? []) {
    let list = byFw.get(e.framework);
    if (!list) byFw.set(e.framework, (list = []));
    if (!list.includes(e.requirement)) list.push(e.requirement);
  }
  return [...byFw].map(([framework, requirements]) => ({ framework, requirements }));
}

export interface SyntheticOptions {
  seed?: number;
  accountId?: string;
  compliance?: ComplianceIndex;
  timestamp?: string;
  /** Share of statuses, in order PASS, FAIL, MANUAL, ERROR (cumulative thresholds are derived). */
  weights?: [number, number, number, number];
  mutedShare?: number;
}

/** n findings spread over the given checks and regions. */
export function* syntheticFindings(n: number, checks: Check[], opts: SyntheticOptions = {}): Generator<[Finding, Check]> {
  const rand = rng(opts.seed ?? 42);
  const account = opts.accountId ?? '123456789012';
  const timestamp = opts.timestamp ?? '2026-11-01T12:00:00.000Z';
  const weights = opts.weights ?? [0.55, 0.35, 0.05, 0.05];
  const statuses: Status[] = ['PASS', 'FAIL', 'MANUAL', 'ERROR'];
  const complianceCache = new Map<string, ComplianceRef[]>();
  for (let i = 0; i < n; i++) {
    const check = checks[Math.floor(rand() * checks.length)];
    const region = REGIONS[Math.floor(rand() * REGIONS.length)];
    let x = rand();
    let status: Status = 'ERROR';
    for (let k = 0; k < 4; k++) {
      if (x < weights[k]) {
        status = statuses[k];
        break;
      }
      x -= weights[k];
    }
    const id = `${check.service}-resource-${i.toString(36)}`;
    const arn = `arn:aws:${check.service}:${region}:${account}:thing/${id}`;
    let compliance = complianceCache.get(check.id);
    if (!compliance) complianceCache.set(check.id, (compliance = complianceFor(check, opts.compliance)));
    const muted = rand() < (opts.mutedShare ?? 0.03);
    const finding: Finding = {
      uid: `prowl-${check.id}-${account}-${region}-${i}`,
      checkId: check.id,
      status,
      statusExtended: `${check.service} resource ${id} is ${status === 'PASS' ? 'configured safely' : status === 'FAIL' ? 'not configured safely' : 'not evaluated'}.`,
      accountId: account,
      region,
      resource: {
        arn,
        id,
        name: i % 3 === 0 ? `name-${id}` : undefined,
        region,
        tags: i % 4 === 0 ? { Environment: i % 8 === 0 ? 'prod' : 'dev', Owner: `team-${i % 7}` } : undefined,
      },
      muted,
      mutedBy: muted ? 'Mutelist: synthetic' : undefined,
      error:
        status === 'ERROR'
          ? { kind: 'AccessDenied', code: 'AccessDenied', operation: `${check.service}:Describe`, message: 'User is not authorized' }
          : undefined,
      compliance,
      timestamp,
    };
    yield [finding, check];
  }
}

/** The metadata and rows embedded in a report, decoded as the browser does (base64, then gunzip). */
export function decodeReport(html: string): { meta: ReportMeta; rows: unknown[][] } {
  const block = (id: string): string => {
    const m = new RegExp(`<script type="application/octet-stream" id="${id}"[^>]*>([^<]*)</script>`).exec(html);
    if (!m) throw new Error(`no ${id} block`);
    return gunzipSync(Buffer.from(m[1].replace(/\s+/g, ''), 'base64')).toString('utf8');
  };
  return { meta: JSON.parse(block('prowl-meta')) as ReportMeta, rows: JSON.parse(block('prowl-data')) as unknown[][] };
}

/**
 * Evaluation: run the selected checks over an inventory and stream findings. Pure: no AWS access.
 *
 * Parameters: a check's defaults, overridden by the config file, overridden per framework requirement
 * (CIS 1.2/1.3 count unused credentials over 90 days, 1.4+ over 45). A check runs once per distinct
 * parameter set that the in-scope frameworks need, and each finding counts only towards the
 * frameworks whose parameters it was evaluated with.
 */
import { createHash } from 'node:crypto';
import { shownParams, type Check, type EvalContext, type Params } from './check.js';
import type { Inventory } from './inventory.js';
import { describeCallError, type ComplianceRef, type Finding, type ResourceRef, type Status } from './types.js';
import type { ComplianceIndex } from '../compliance/index.js';

export interface Muter {
  /** The description of the mutelist entry that mutes this finding, or undefined. */
  match(finding: Finding): string | undefined;
}

export interface EvaluateOptions {
  /** Per-check parameter overrides from the config file. */
  config?: Record<string, Params>;
  compliance: ComplianceIndex;
  /** Frameworks whose thresholds decide which parameter variants run; empty = the check's defaults only. */
  frameworksInScope?: string[];
  muter?: Muter;
  /** Tags of a resource by ARN, for findings whose check did not attach them (before the mutelist is applied). */
  resourceTags?: (arn: string) => Record<string, string> | undefined;
  /**
   * Only learn where the checks report: each finding's region and resource ARN go here and no finding is built
   * or yielded (the resource tags to read are chosen this way, during the collection).
   */
  onResource?: (region: string, arn: string) => void;
}

interface Variant {
  params: Params;
  key: string;
  compliance: ComplianceRef[];
}

const stableKey = (p: Params): string =>
  JSON.stringify(Object.keys(p).sort().map((k) => [k, p[k]]));

/** The parameter variants a check runs with, and which framework requirements each one serves. */
export function variantsFor(check: Check, options: EvaluateOptions): Variant[] {
  const base: Params = { ...(check.params ?? {}), ...(options.config?.[check.id] ?? {}) };
  const refs = options.compliance.byCheck.get(check.id) ?? [];
  const inScope = new Set(options.frameworksInScope ?? []);
  const variants = new Map<string, Variant>();
  const variantOf = (params: Params): Variant => {
    const key = stableKey(params);
    let v = variants.get(key);
    if (!v) {
      v = { params, key, compliance: [] };
      variants.set(key, v);
    }
    return v;
  };
  if (inScope.size === 0 || !refs.some((r) => inScope.has(r.framework))) variantOf(base);
  for (const ref of refs) {
    if (inScope.has(ref.framework)) variantOf({ ...base, ...(ref.params ?? {}) });
  }
  // Attach every framework requirement (in scope or not) to the variant whose parameters it uses.
  for (const ref of refs) {
    const v = variants.get(stableKey({ ...base, ...(ref.params ?? {}) }));
    if (!v) continue;
    const existing = v.compliance.find((c) => c.framework === ref.framework);
    if (existing) existing.requirements.push(ref.requirement);
    else v.compliance.push({ framework: ref.framework, requirements: [ref.requirement] });
  }
  return [...variants.values()];
}

export function findingUid(checkId: string, accountId: string, region: string, arn: string, variantKey = ''): string {
  const h = createHash('sha256').update(`${checkId}|${accountId}|${region}|${arn}|${variantKey}`).digest('hex').slice(0, 16);
  return `prowl-aws-${checkId}-${accountId}-${region}-${h}`;
}

export function* evaluate(checks: Iterable<Check>, inventory: Inventory, options: EvaluateOptions): Generator<Finding> {
  const { meta } = inventory;
  const timestamp = meta.finishedAt;
  const accountResources = new Map<string, ResourceRef>();
  const accountResource = (region = meta.homeRegion): ResourceRef => {
    let r = accountResources.get(region);
    if (!r) {
      r = {
        arn: `arn:${meta.account.partition}:iam::${meta.account.accountId}:root`,
        id: meta.account.accountId,
        name: meta.account.alias ?? meta.account.accountId,
        region,
      };
      accountResources.set(region, r);
    }
    return r;
  };

  for (const check of checks) {
    const variants = variantsFor(check, options);
    for (const variant of variants) {
      const out: Finding[] = [];
      const seen = new Set<string>();
      const distinct = variants.length > 1 || Object.keys(variant.params).length > 0;
      const push = (status: Status, reported: ResourceRef, message: string, error?: Finding['error']) => {
        if (options.onResource) return options.onResource(reported.region, reported.arn);
        const tags = reported.tags ?? options.resourceTags?.(reported.arn);
        const resource = tags && !reported.tags ? { ...reported, tags } : reported;
        let uid = findingUid(check.id, meta.account.accountId, resource.region, resource.arn, variants.length > 1 ? variant.key : '');
        // The same resource reported twice by one check (e.g. two trails) keeps distinct ids.
        if (seen.has(uid)) uid = `${uid}-${seen.size}`;
        seen.add(uid);
        const finding: Finding = {
          uid,
          checkId: check.id,
          status,
          statusExtended: message,
          accountId: meta.account.accountId,
          region: resource.region,
          resource,
          muted: false,
          compliance: variant.compliance,
          ...(distinct ? { params: shownParams(variant.params) } : {}),
          ...(error ? { error } : {}),
          timestamp,
        };
        const mutedBy = options.muter?.match(finding);
        if (mutedBy !== undefined) {
          finding.muted = true;
          finding.mutedBy = mutedBy;
        }
        out.push(finding);
      };
      const ctx: EvalContext = {
        account: meta.account,
        homeRegion: meta.homeRegion,
        regions: meta.regions,
        params: variant.params,
        now: new Date(meta.startedAt),
        global: (fact) => inventory.get(fact),
        regional: (fact) => meta.regions.map((region) => ({ region, result: inventory.get(fact, region) })),
        accountResource,
        pass: (r, m) => push('PASS', r, m),
        fail: (r, m) => push('FAIL', r, m),
        manual: (r, m) => push('MANUAL', r, m),
        error: (r, e, m) => push('ERROR', r, m ?? `Could not evaluate: ${describeCallError(e)}.`, e),
      };
      try {
        check.run(ctx);
      } catch (err) {
        // Whatever the check reported before it threw is dropped: its one finding is this ERROR.
        out.length = 0;
        seen.clear();
        const e = { kind: 'Failed' as const, code: 'CheckFailed', operation: check.id, message: String((err as Error)?.message ?? err) };
        push('ERROR', accountResource(), `Could not evaluate: the check itself failed (${e.message}).`, e);
      }
      yield* out;
    }
  }
}

/**
 * Findings for output and integration tests: a check that reports exactly what it is told (any status,
 * any resource, odd characters included), evaluated through the real engine so uids, timestamps and
 * compliance references are the ones a scan would produce.
 */
import { defineCheck, type Check } from '../../src/core/check.js';
import { evaluate } from '../../src/core/evaluate.js';
import type { CallError, Finding, ResourceRef, Status } from '../../src/core/types.js';
import { buildComplianceIndex } from '../../src/compliance/index.js';
import { ACCOUNT, FixtureInventory } from './check.js';

export interface Report {
  status: Status;
  resource: ResourceRef;
  message: string;
  error?: CallError;
}

/** A check (borrowing an existing check id so it maps to real framework requirements) that reports `reports`. */
export function reportingCheck(meta: Partial<Check> & { id: string }, reports: Report[]): Check {
  return defineCheck({
    title: `Fixture check ${meta.id} for output tests`,
    service: meta.id.split('_')[0],
    severity: 'medium',
    resourceType: 'Other',
    categories: [],
    description: 'A fixture check that reports the verdicts it is given, for output tests.',
    risk: 'None: this check only exists in tests to exercise the output writers.',
    remediation: { text: 'Nothing to remediate: this is a fixture.', url: 'https://example.com/remediate' },
    uses: [],
    ...meta,
    run(ctx) {
      for (const r of reports) {
        if (r.status === 'PASS') ctx.pass(r.resource, r.message);
        else if (r.status === 'FAIL') ctx.fail(r.resource, r.message);
        else if (r.status === 'MANUAL') ctx.manual(r.resource, r.message);
        else ctx.error(r.resource, r.error!, r.message);
      }
    },
  });
}

/** Evaluate checks over an empty fixture inventory (the checks report what they were given). */
export function evaluateChecks(checks: Check[], options: { regions?: string[]; frameworksInScope?: string[] } = {}): Array<[Finding, Check]> {
  const fixture = new FixtureInventory(options.regions ?? ['us-east-1', 'eu-west-1']);
  const byId = new Map(checks.map((c) => [c.id, c]));
  return [...evaluate(checks, fixture.inventory, { compliance: buildComplianceIndex(), frameworksInScope: options.frameworksInScope })].map(
    (f) => [f, byId.get(f.checkId)!],
  );
}

export const bucket = (name: string, region = 'eu-west-1', extra: Partial<ResourceRef> = {}): ResourceRef => ({
  arn: `arn:aws:s3:::${name}`,
  id: name,
  name,
  region,
  ...extra,
});

export const accountRef = (region = 'us-east-1'): ResourceRef => ({ arn: `arn:aws:iam::${ACCOUNT}:root`, id: ACCOUNT, name: ACCOUNT, region });

export const mute = ([f, c]: [Finding, Check], by = 'accepted risk'): [Finding, Check] => [{ ...f, muted: true, mutedBy: by }, c];

export function deniedCall(operation: string): CallError {
  return { kind: 'AccessDenied', code: 'AccessDenied', operation, message: 'User is not authorized to perform this operation' };
}

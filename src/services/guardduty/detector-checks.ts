/** Shared walkers for the GuardDuty checks. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef, Result } from '../../core/types.js';
import { describeCallError } from '../../aws/errors.js';
import { listed } from '../../lib/resource-policy.js';
import { detectors, type Detector, type DetectorDetail } from './collectors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;
export type Verdict = [boolean, string];

export const detectorResource = (d: Detector, region: string): ResourceRef => ({ arn: d.arn, id: d.id, region });

/** The region's detectors whose detail was read and which are enabled (errors reported). */
export function* enabledDetectors(ctx: Ctx): Generator<{ region: string; detector: Detector; detail: DetectorDetail }> {
  for (const { region, result } of ctx.regional(detectors)) {
    for (const d of listed(ctx, region, result, 'GuardDuty detectors')) {
      if (!d.detail.ok) {
        ctx.error(detectorResource(d, region), d.detail.error, `Could not read GuardDuty detector ${d.id}: ${describeCallError(d.detail.error)}.`);
        continue;
      }
      if (d.detail.data.status === 'ENABLED') yield { region, detector: d, detail: d.detail.data };
    }
  }
}

/** One finding per enabled detector on a protection plan (any of `features` enabled passes). */
export function runFeatureCheck(ctx: Ctx, plan: string, features: string[]): void {
  for (const { region, detector, detail } of enabledDetectors(ctx)) {
    const on = features.find((f) => detail.features[f] === 'ENABLED');
    const resource = detectorResource(detector, region);
    if (on) ctx.pass(resource, `GuardDuty detector ${detector.id} has ${plan} enabled.`);
    else ctx.fail(resource, `GuardDuty detector ${detector.id} does not have ${plan} enabled.`);
  }
}

/** One finding per enabled detector, judged on a per-detector answer. */
export function runDetectorFieldCheck<T>(ctx: Ctx, field: (d: Detector) => Result<T>, judge: (v: T, d: Detector, region: string) => Verdict): void {
  for (const { region, detector } of enabledDetectors(ctx)) {
    const resource = detectorResource(detector, region);
    const v = field(detector);
    if (!v.ok) {
      ctx.error(resource, v.error, `Could not evaluate GuardDuty detector ${detector.id}: ${describeCallError(v.error)}.`);
      continue;
    }
    const [ok, message] = judge(v.data, detector, region);
    if (ok) ctx.pass(resource, message);
    else ctx.fail(resource, message);
  }
}

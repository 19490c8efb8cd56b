/**
 * Shared reasoning about trails for the CloudTrail and CloudWatch checks: combining the per-region
 * facts into "every trail of the account", which events a trail's selectors record, and whether a
 * trail records S3 object-level events for every bucket.
 */
import type { EvalContext } from '../../core/check.js';
import type { Fact } from '../../core/fact.js';
import { describeCallError, type CallError, type ResourceRef } from '../../core/types.js';
import { trailList, trails, type EventSelectorSummary, type FieldSelector, type Trail, type TrailConfig } from './collectors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

/**
 * Every trail homed in a scanned region, once, from `trails` (with status and selectors) or from `trailList`
 * (configuration only, no per-trail calls; its shadow copies of multi-region trails are skipped). A region
 * whose trails could not be read reports ERROR for the account there.
 */
export function* homedTrails<T extends TrailConfig>(ctx: Ctx, fact: Fact<T[]>): Generator<T> {
  for (const { region, result } of ctx.regional(fact)) {
    if (result.ok) yield* result.data.filter((t) => t.homeRegion === region);
    else ctx.error(ctx.accountResource(region), result.error);
  }
}

/** The account that owns a trail (an organization trail seen from a member account belongs to the management account). */
export const trailOwner = (t: { arn: string }): string => t.arn.split(':')[4] ?? '';

export const trailResource = (t: TrailConfig): ResourceRef => ({ arn: t.arn, id: t.name, name: t.name, region: t.homeRegion });

/** A call error for data that prowl did not collect because the region holding it was not scanned. */
export const notScanned = (operation: string, region: string): CallError => ({
  kind: 'Failed',
  code: 'RegionNotScanned',
  operation,
  message: `${region} was not scanned`,
});

/** Why data is missing, for the parenthesis of ERROR messages. */
export const explain = (e: CallError): string =>
  e.code === 'RegionNotScanned' ? e.message : describeCallError(e);

/** Something a check needed and could not read: what it was, and the call error. */
export interface Unknown {
  error: CallError;
  what: string;
  /** Set when the data belongs to a trail of another account (an organization trail), which this scan may not read. */
  owner?: string;
}

export interface TrailsView {
  /** Every trail homed in a scanned region whose trails were read, once each. */
  trails: Trail[];
  /** Regions whose trails (or trail list) could not be read: a trail may be hidden there. */
  failures: Array<{ region: string; error: CallError }>;
  /** Multi-region trails seen as shadow copies whose own details were not collected. */
  missing: Array<{ trail: TrailConfig; error: CallError }>;
}

/** Combine the trails of every scanned region. */
export function readTrails(ctx: Ctx): TrailsView {
  const view: TrailsView = { trails: [], failures: [], missing: [] };
  const homeErrors = new Map<string, CallError>();
  for (const { region, result } of ctx.regional(trails)) {
    if (result.ok) view.trails.push(...result.data);
    else {
      view.failures.push({ region, error: result.error });
      homeErrors.set(region, result.error);
    }
  }
  const known = new Set(view.trails.map((t) => t.arn));
  for (const { region, result } of ctx.regional(trailList)) {
    if (!result.ok) {
      if (!homeErrors.has(region)) view.failures.push({ region, error: result.error });
      continue;
    }
    for (const t of result.data) {
      if (known.has(t.arn) || !t.isMultiRegion || t.homeRegion === region) continue;
      known.add(t.arn);
      view.missing.push({ trail: t, error: homeErrors.get(t.homeRegion) ?? notScanned('cloudtrail:GetTrailStatus', t.homeRegion) });
    }
  }
  return view;
}

/** The first reason data is missing, for ERROR findings. */
export function firstUnknown(view: TrailsView): Unknown | undefined {
  const f = view.failures[0];
  if (f) return { error: f.error, what: `the trails of ${f.region} could not be read` };
  const m = view.missing[0];
  if (m) return { error: m.error, what: `the details of multi-region trail ${m.trail.name}, homed in ${m.trail.homeRegion}, were not collected` };
  return undefined;
}

/** Does one advanced-selector field condition accept this value? (Every operator given must hold.) */
export function fieldAccepts(fs: FieldSelector, value: string | undefined): boolean {
  const v = value ?? '';
  const has = value !== undefined;
  if (fs.equals && !(has && fs.equals.includes(v))) return false;
  if (fs.startsWith && !(has && fs.startsWith.some((p) => v.startsWith(p)))) return false;
  if (fs.endsWith && !(has && fs.endsWith.some((p) => v.endsWith(p)))) return false;
  if (fs.notEquals && has && fs.notEquals.includes(v)) return false;
  if (fs.notStartsWith && has && fs.notStartsWith.some((p) => v.startsWith(p))) return false;
  if (fs.notEndsWith && has && fs.notEndsWith.some((p) => v.endsWith(p))) return false;
  return true;
}

/** Does the trail's selector configuration record this management event? */
export function recordsManagementEvent(sel: EventSelectorSummary, e: { eventSource: string; eventName: string; readOnly: boolean }): boolean {
  // A trail with no selectors at all records every management event.
  if (sel.classic.length === 0 && sel.advanced.length === 0) return true;
  const classic = sel.classic.some(
    (s) =>
      s.includeManagementEvents &&
      (s.readWriteType === 'All' || (s.readWriteType === 'ReadOnly') === e.readOnly) &&
      !(s.excludeManagementEventSources ?? []).includes(e.eventSource),
  );
  const fields: Record<string, string> = {
    eventCategory: 'Management',
    eventSource: e.eventSource,
    eventName: e.eventName,
    readOnly: String(e.readOnly),
  };
  const advanced = sel.advanced.some(
    (a) => a.fieldSelectors.some((f) => f.field === 'eventCategory') && a.fieldSelectors.every((f) => fieldAccepts(f, fields[f.field])),
  );
  return classic || advanced;
}

export type S3Access = 'read' | 'write';

/** A prefix that every S3 object ARN of the partition starts with. */
const coversEveryObject = (prefix: string, partition: string) => `arn:${partition}:s3:::`.startsWith(prefix);

/**
 * Whether the selectors record S3 object-level events of this access type for every bucket.
 * Returns the ARN exclusions that apply (advanced selectors may leave out some objects), or false.
 */
export function s3DataEventCoverage(sel: EventSelectorSummary, access: S3Access, partition: string): { exclusions: string[] } | false {
  const wantReadOnly = access === 'read';
  for (const s of sel.classic) {
    if (s.readWriteType !== 'All' && (s.readWriteType === 'ReadOnly') !== wantReadOnly) continue;
    const all = s.dataResources.some((d) => d.type === 'AWS::S3::Object' && d.values.some((v) => /^arn:[a-z-]+:s3(:::)?$/.test(v)));
    if (all) return { exclusions: [] };
  }
  for (const a of sel.advanced) {
    const byField = new Map(a.fieldSelectors.map((f) => [f.field, f]));
    const cat = byField.get('eventCategory');
    if (!cat || !fieldAccepts(cat, 'Data')) continue;
    const type = byField.get('resources.type');
    if (type && !fieldAccepts(type, 'AWS::S3::Object')) continue;
    const ro = byField.get('readOnly');
    if (ro && !fieldAccepts(ro, String(wantReadOnly))) continue;
    const source = byField.get('eventSource');
    if (source && !fieldAccepts(source, 's3.amazonaws.com')) continue;
    const known = new Set(['eventCategory', 'resources.type', 'readOnly', 'eventSource', 'resources.ARN']);
    // Any other condition (eventName, userIdentity.arn, errorCode...) records only some S3 events.
    if (a.fieldSelectors.some((f) => !known.has(f.field))) continue;
    const arn = byField.get('resources.ARN');
    if (arn) {
      if (arn.equals || arn.endsWith) continue;
      if (arn.startsWith && !arn.startsWith.some((p) => coversEveryObject(p, partition))) continue;
      return { exclusions: [...(arn.notEquals ?? []), ...(arn.notStartsWith ?? []), ...(arn.notEndsWith ?? [])] };
    }
    return { exclusions: [] };
  }
  return false;
}

/** "a, b and 3 more" */
export function listNames(names: string[], max = 3): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

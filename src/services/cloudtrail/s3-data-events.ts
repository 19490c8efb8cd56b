/**
 * Shared logic of cloudtrail_s3_dataevents_read_enabled and _write_enabled: one account-wide finding
 * saying whether logging trails record S3 object-level events of the access type for every bucket in
 * every scanned region (a multi-region trail, or single-region trails homed in each region).
 */
import type { EvalContext } from '../../core/check.js';
import { explain, firstUnknown, listNames, readTrails, s3DataEventCoverage, trailOwner, type S3Access, type Unknown } from './trail-helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function reportS3DataEvents(ctx: EvalContext<any>, access: S3Access): void {
  const account = ctx.accountResource();
  const what = `S3 object-level ${access} events`;
  const view = readTrails(ctx);
  const selecting = view.trails.flatMap((t) => {
    const cov = t.eventSelectors.ok ? s3DataEventCoverage(t.eventSelectors.data, access, ctx.account.partition) : false;
    return cov ? [{ t, cov }] : [];
  });
  const logging = selecting.filter(({ t }) => t.status.ok && t.status.data.isLogging);
  const multi = logging.find(({ t }) => t.isMultiRegion);
  const covered = new Set(multi ? ctx.regions : logging.map(({ t }) => t.homeRegion));
  const uncovered = ctx.regions.filter((r) => !covered.has(r));

  if (uncovered.length === 0 && logging.length) {
    const { t, cov } = multi ?? logging[0];
    const scope = multi ? 'multi-region trail' : 'trail';
    const except = cov.exclusions.length ? `, except objects matching ${listNames(cov.exclusions)}` : '';
    const others = multi ? '' : logging.length > 1 ? ` (with ${listNames(logging.slice(1).map((x) => x.t.name))} covering the other regions)` : '';
    ctx.pass(account, `The ${scope} ${t.name} records ${what} for all buckets${except}${others}.`);
    return;
  }
  const owner = (t: { arn: string }) => (trailOwner(t) !== ctx.account.accountId ? { owner: trailOwner(t) } : {});
  const unknowns: Unknown[] = [
    ...(firstUnknown(view) ? [firstUnknown(view)!] : []),
    ...view.trails.flatMap((t) => (t.eventSelectors.ok ? [] : [{ error: t.eventSelectors.error, what: `the event selectors of trail ${t.name} could not be read`, ...owner(t) }])),
    ...selecting.flatMap(({ t }) => (t.status.ok ? [] : [{ error: t.status.error, what: `the logging status of trail ${t.name} could not be read`, ...owner(t) }])),
  ];
  if (unknowns.length && unknowns.every((u) => u.owner)) {
    ctx.manual(
      account,
      `No trail of this account records ${what} for all buckets; the trail settings of account ${unknowns[0].owner} (an organization trail) cannot be read from here: verify there whether it records them.`,
    );
    return;
  }
  const unknown = unknowns.find((u) => !u.owner);
  if (unknown) {
    ctx.error(account, unknown.error, `Could not tell whether ${what} are recorded for all buckets: ${unknown.what} (${explain(unknown.error)}).`);
    return;
  }
  const stopped = selecting.filter(({ t }) => !logging.some((l) => l.t === t)).map(({ t }) => t.name);
  const stoppedNote = stopped.length ? ` Trail ${listNames(stopped)} is configured for them but is not logging.` : '';
  if (logging.length) {
    ctx.fail(
      account,
      `Only single-region trails (${listNames(logging.map(({ t }) => t.name))}) record ${what} for all buckets, leaving ${listNames(uncovered)} unrecorded.${stoppedNote}`,
    );
  } else {
    ctx.fail(account, `No logging CloudTrail trail records ${what} for all S3 buckets.${stoppedNote}`);
  }
}

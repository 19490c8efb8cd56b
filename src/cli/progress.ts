/**
 * Collection progress: a bar on a terminal, a few plain lines elsewhere (CI logs, pipes). It speaks of
 * what a user knows (AWS services, regions, API calls), not of prowl's internal units.
 */
import cliProgress from 'cli-progress';
import pc from 'picocolors';
import { plural } from './preflight.js';

/** What will be collected: how many units (one service listing in one region) each service has. */
export interface ProgressPlan {
  /** Units per service (a regional listing counts once per region). */
  services: Map<string, number>;
  regions: number;
}

export interface Progress {
  start(plan: ProgressPlan): void;
  /** One unit of `service` finished; `calls` API calls were made so far. */
  tick(calls: number, service: string): void;
  /** Close the bar and print the summary line. */
  stop(result: { calls: number; seconds: number; unreadable: number }): void;
}

/** The plan of a list of facts over some regions. */
export function planOf(facts: ReadonlyArray<{ service: string; scope: 'global' | 'regional' }>, regions: number): ProgressPlan {
  const services = new Map<string, number>();
  for (const f of facts) services.set(f.service, (services.get(f.service) ?? 0) + (f.scope === 'global' ? 1 : regions));
  return { services, regions };
}

export function summaryLine(plan: ProgressPlan, r: { calls: number; seconds: number; unreadable: number }): string {
  return (
    `Collected ${plural(plan.services.size, 'service')} in ${plural(plan.regions, 'region')} with ${plural(r.calls, 'API call')} in ${r.seconds.toFixed(1)}s` +
    (r.unreadable ? pc.yellow(` (${plural(r.unreadable, 'listing')} could not be read: their checks report ERROR)`) : '')
  );
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  let plan: ProgressPlan = { services: new Map(), regions: 0 };
  const remaining = new Map<string, number>();
  let total = 0;
  let done = 0;
  const servicesDone = () => plan.services.size - remaining.size;
  const begin = (p: ProgressPlan) => {
    plan = p;
    for (const [s, n] of p.services) remaining.set(s, n);
    total = [...p.services.values()].reduce((a, b) => a + b, 0);
  };
  const count = (service: string) => {
    done++;
    const left = (remaining.get(service) ?? 1) - 1;
    if (left <= 0) remaining.delete(service);
    else remaining.set(service, left);
  };
  const heading = () => `Collecting from ${plural(plan.services.size, 'service')} in ${plural(plan.regions, 'region')}`;
  if (!enabled) {
    return { start: begin, tick: (_c, s) => count(s), stop: () => {} };
  }
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  if (tty) {
    const bar = new cliProgress.SingleBar(
      {
        format: '{heading} |{bar}| {percentage}% | {servicesDone}/{services} services done | {calls} API calls | {duration}s',
        stream,
        hideCursor: true,
        clearOnComplete: true,
        barsize: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (p) => {
        begin(p);
        bar.start(total, 0, { calls: 0, heading: heading(), servicesDone: 0, services: p.services.size });
      },
      tick: (calls, service) => {
        count(service);
        bar.update(done, { calls, servicesDone: servicesDone() });
      },
      stop: (r) => {
        bar.stop();
        stream.write(`${summaryLine(plan, r)}\n`);
      },
    };
  }
  let nextMark = 0.25;
  const started = Date.now();
  return {
    start: (p) => {
      begin(p);
      stream.write(`${heading()}...\n`);
    },
    tick: (calls, service) => {
      count(service);
      if (total && done / total >= nextMark && done < total) {
        stream.write(
          `  ${Math.round((done / total) * 100)}% (${servicesDone()} of ${plural(plan.services.size, 'service')} done, ${plural(calls, 'API call')}, ${((Date.now() - started) / 1000).toFixed(1)}s)\n`,
        );
        while (done / total >= nextMark) nextMark += 0.25;
      }
    },
    stop: (r) => stream.write(`${summaryLine(plan, r)}\n`),
  };
}

// How large the scan's heap may grow. V8 sizes its heap for the machine, not for the program: on a host with
// 24 GB it lets the young generation (where every parsed AWS response and every finding is born) grow to
// 128 MB and the old generation to about four times its live data before collecting it, so an all-checks
// scan whose live data is about 90 MB peaked at 600-680 MB. prowl asks V8 for less: the young generation
// stops growing at YOUNG_GENERATION_MB and the old generation is collected once it has grown by
// OLD_GROWTH_PERCENT over what the last full collection kept (npm run bench: about 400 MB at about the same
// CPU; a young generation of 16 MB cost a third more CPU). Both are V8 flags that V8 reads at each
// collection, set with v8.setFlagsFromString, so no second process is needed to pass them at start-up; they
// only tune the collector's heuristics, and a flag a later V8 ignores costs memory, not correctness. Heap
// sizing given to Node.js (--max-semi-space-size, --max-old-space-size... in NODE_OPTIONS) is kept as given.
import v8 from 'node:v8';
import { PerformanceObserver } from 'node:perf_hooks';

export const YOUNG_GENERATION_MB = 32;
export const OLD_GROWTH_PERCENT = 30;

const SIZING_FLAGS = /--(max-semi-space-size|min-semi-space-size|semi-space-growth-factor|max-young-generation-size|heap-growing-percent|max-old-space-size|max-heap-size|optimize-for-size)\b/;

/** Whether Node.js was given heap sizing (on its command line or in NODE_OPTIONS). */
export function heapSizedByUser({ execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '' } = {}) {
  return SIZING_FLAGS.test(execArgv.join(' ')) || SIZING_FLAGS.test(nodeOptions);
}

/** Apply prowl's heap sizing to this process; false (and nothing changed) when the user sized the heap. */
export function tuneHeap(given = {}) {
  if (heapSizedByUser(given)) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${OLD_GROWTH_PERCENT}`);
  // The young generation grows (by doubling, by default) after a collection in which much survived. Its growth
  // factor is kept such that one step cannot pass the cap, and at 1 once it is there, checked after each
  // collection. Such checks cannot run while the start-up code loads synchronously, so it starts at 1 and
  // the young generation may grow once the event loop turns (a single step to the cap).
  const cap = YOUNG_GENERATION_MB * 1024 * 1024;
  let factor = 1;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  const adjust = () => {
    // Its two halves (semi-spaces) grow together; the factor applies to one half's capacity.
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    const half = young ? young.space_used_size + young.space_available_size : 0;
    if (half <= 0) return;
    const next = Math.max(1, Math.floor(cap / 2 / half));
    if (next === factor) return;
    factor = next;
    v8.setFlagsFromString(`--semi-space-growth-factor=${factor}`);
  };
  setImmediate(adjust).unref();
  new PerformanceObserver(adjust).observe({ entryTypes: ['gc'] });
  return true;
}

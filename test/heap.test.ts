/**
 * The prowl command's heap sizing (bin/heap.js): the young generation stops growing at its cap, and sizing
 * given to Node.js by the user is left alone.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { heapSizedByUser, YOUNG_GENERATION_MB } from '../bin/heap.js';

const HEAP = fileURLToPath(new URL('../bin/heap.js', import.meta.url));

/**
 * The young generation (MB) of a process that allocates like a scan (much garbage, some of it kept a while): its
 * settled size at the end (the smallest of the last 30 samples), and the share of the time it was above the
 * cap (V8 adds a few pages for a few moments while collections are under way).
 */
function youngGeneration(tuned: boolean): { last: number; aboveCap: number } {
  const script = `
    import v8 from 'node:v8';
    ${tuned ? `(await import(${JSON.stringify(HEAP)})).tuneHeap({ execArgv: [], nodeOptions: '' });` : ''}
    const kept = [];
    const recent = [];
    let above = 0;
    for (let i = 0; i < 1500; i++) {
      const garbage = [];
      for (let j = 0; j < 2000; j++) garbage.push({ a: 'x'.repeat(20) + j, b: [j, j + 1] });
      if (i % 2 === 0) kept.push(garbage.slice(0, 1000));
      if (kept.length > 50) kept.shift();
      if (i % 5 === 0) await new Promise((r) => setImmediate(r));
      const size = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576;
      if (size > ${YOUNG_GENERATION_MB}) above++;
      recent.push(size);
      if (recent.length > 30) recent.shift();
    }
    console.log(JSON.stringify({ last: Math.min(...recent), aboveCap: above / 1500 }));`;
  // Both may grow it to 128 MB whatever the machine's memory (V8 sizes it from that); the tuned one is told to ignore the flag.
  return JSON.parse(execFileSync(process.execPath, ['--max-semi-space-size=64', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }));
}

describe('heap sizing', () => {
  it(`keeps the young generation at ${YOUNG_GENERATION_MB} MB where V8 alone grows it further`, () => {
    const untuned = youngGeneration(false);
    expect(untuned.last).toBeGreaterThanOrEqual(4 * YOUNG_GENERATION_MB);
    expect(untuned.aboveCap).toBeGreaterThan(0.5);
    const tuned = youngGeneration(true);
    expect(tuned.last).toBeLessThanOrEqual(YOUNG_GENERATION_MB);
    expect(tuned.aboveCap).toBeLessThan(0.1);
  });

  it('leaves heap sizing given to Node.js alone', () => {
    expect(heapSizedByUser({ execArgv: ['--max-semi-space-size=64'], nodeOptions: '' })).toBe(true);
    expect(heapSizedByUser({ execArgv: [], nodeOptions: '--max-old-space-size=8192' })).toBe(true);
    expect(heapSizedByUser({ execArgv: ['--cpu-prof'], nodeOptions: '--enable-source-maps' })).toBe(false);
  });
});

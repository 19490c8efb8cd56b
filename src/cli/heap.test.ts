import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { limitHeapGrowth } from './heap.js';

const churn = fileURLToPath(new URL('../../test/fixtures/heap-churn.ts', import.meta.url));

async function peakHeapMB(...args: string[]): Promise<number> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', churn, ...args], {
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return Number(stdout.split(' ')[0]);
}

describe('limitHeapGrowth', () => {
  it('keeps the heap of a churning process well below what V8 grows to by default', async () => {
    const [unlimited, limited] = await Promise.all([peakHeapMB(), peakHeapMB('limit')]);
    // The live set is about 60 MB; by default V8 lets garbage pile up to several times that.
    expect(limited).toBeGreaterThan(0);
    expect(limited).toBeLessThan(unlimited * 0.7);
  }, 30_000);

  it("leaves the heap growth alone when the user set it (node flag or NODE_OPTIONS)", () => {
    expect(limitHeapGrowth(50, ['--heap-growing-percent=200'])).toBe(false);
    expect(limitHeapGrowth(50, ['--max-old-space-size=512 --heap_growing_percent=80'])).toBe(false);
    expect(limitHeapGrowth(50, ['--max-old-space-size=512'])).toBe(true);
  });
});

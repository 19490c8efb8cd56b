/**
 * Heap sizing for the prowl command.
 *
 * A scan keeps a modest live set (the inventory) and streams a large volume of short-lived data through it:
 * parsed API responses while collecting, formatted report rows while writing. Parts of that data outlive a
 * young-generation collection or two (responses of requests still in flight, rows buffered for the next file
 * write), so they reach the old generation as garbage. Left to its own heuristics, V8 lets the old generation
 * grow to up to four times the live set before it collects again; on a large account that is hundreds of
 * megabytes of garbage held as resident memory. Capping the growth factor at 1.5 keeps peak memory near
 * the live set for a small amount of extra collection work, which stays proportional to what is allocated.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

/** V8 flags that mean the user sized the heap growth themselves (node --flag or NODE_OPTIONS). */
const USER_OWNED = /--heap[-_]growing[-_]percent/;

/**
 * Limit how far the old generation may grow between full collections, unless the user already chose a
 * value. V8 reads this flag each time it sets the next collection limit, so it applies from the next one.
 * For the prowl command only: a program that embeds prowl keeps its own heap settings.
 */
export function limitHeapGrowth(
  percent = HEAP_GROWING_PERCENT,
  given: readonly string[] = [...process.execArgv, process.env.NODE_OPTIONS ?? ''],
): boolean {
  if (given.some((arg) => USER_OWNED.test(arg))) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return true;
}

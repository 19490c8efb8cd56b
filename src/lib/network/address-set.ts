/**
 * Sets of IP addresses of one family as sorted, disjoint [start, end] intervals of bigints, with the few
 * operations the exposure judgement needs: union, intersection, difference, size, and "the public
 * internet" of each family. Pure, no dependencies.
 */
import { parseCidr } from './cidr.js';

export type Family = 4 | 6;
export type Interval = readonly [bigint, bigint];

export class AddressSet {
  private constructor(
    readonly family: Family,
    /** Sorted, disjoint, non-adjacent. */
    readonly intervals: readonly Interval[],
  ) {}

  static empty(family: Family): AddressSet {
    return new AddressSet(family, []);
  }

  static all(family: Family): AddressSet {
    return new AddressSet(family, [[0n, family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n]]);
  }

  /** The set of the given blocks of this family; blocks of the other family and malformed ones are ignored. */
  static of(family: Family, cidrs: Iterable<string>): AddressSet {
    const parts: Interval[] = [];
    for (const c of cidrs) {
      const b = parseCidr(c);
      if (b && b.family === family) parts.push([b.start, b.end]);
    }
    return new AddressSet(family, normalize(parts));
  }

  get isEmpty(): boolean {
    return this.intervals.length === 0;
  }

  /** Number of addresses. */
  get size(): bigint {
    return this.intervals.reduce((n, [a, b]) => n + (b - a + 1n), 0n);
  }

  union(o: AddressSet): AddressSet {
    return new AddressSet(this.family, normalize([...this.intervals, ...o.intervals]));
  }

  intersect(o: AddressSet): AddressSet {
    const out: Interval[] = [];
    let i = 0;
    let j = 0;
    while (i < this.intervals.length && j < o.intervals.length) {
      const [a1, b1] = this.intervals[i];
      const [a2, b2] = o.intervals[j];
      const lo = a1 > a2 ? a1 : a2;
      const hi = b1 < b2 ? b1 : b2;
      if (lo <= hi) out.push([lo, hi]);
      if (b1 < b2) i++;
      else j++;
    }
    return new AddressSet(this.family, out);
  }

  minus(o: AddressSet): AddressSet {
    let out: Interval[] = [...this.intervals];
    for (const [c, d] of o.intervals) {
      const next: Interval[] = [];
      for (const [a, b] of out) {
        if (d < a || c > b) {
          next.push([a, b]);
          continue;
        }
        if (a < c) next.push([a, c - 1n]);
        if (d < b) next.push([d + 1n, b]);
      }
      out = next;
    }
    return new AddressSet(this.family, out);
  }

  /** True when every address of `o` is in this set. */
  covers(o: AddressSet): boolean {
    return o.minus(this).isEmpty;
  }
}

function normalize(parts: Interval[]): Interval[] {
  const sorted = [...parts].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const out: Array<[bigint, bigint]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1n) {
      if (b > last[1]) last[1] = b;
    } else out.push([a, b]);
  }
  return out;
}

/**
 * Address blocks that are not reachable from the public internet: "this network", RFC 1918 private
 * ranges, shared carrier-grade NAT space, loopback, link-local, multicast and the reserved class E.
 */
export const NON_PUBLIC_IPV4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/4',
  '240.0.0.0/4',
];

/** IPv6 global unicast space, the part of IPv6 routed on the internet. */
export const PUBLIC_IPV6 = '2000::/3';

const PUBLIC = {
  4: AddressSet.all(4).minus(AddressSet.of(4, NON_PUBLIC_IPV4)),
  6: AddressSet.of(6, [PUBLIC_IPV6]),
} as const;

/** The public internet of a family: IPv4 minus private and reserved ranges, IPv6 global unicast. */
export const publicSpace = (family: Family): AddressSet => PUBLIC[family];

/** True when the set contains every public address of its family (0.0.0.0/0, ::/0, or blocks adding up to it). */
export const coversInternet = (s: AddressSet): boolean => s.covers(publicSpace(s.family));

/** True when the set holds at least half of the public addresses of its family. */
export const coversMostOfInternet = (s: AddressSet): boolean => s.intersect(publicSpace(s.family)).size * 2n >= publicSpace(s.family).size;

/** True when a block contains at least one public address (10.0.0.0/8 does not, 0.0.0.0/1 does). */
export const hasPublicPart = (cidr: string): boolean => {
  const b = parseCidr(cidr);
  return !!b && !AddressSet.of(b.family, [cidr]).intersect(publicSpace(b.family)).isEmpty;
};

/** True when an address (or block) lies entirely in the public internet of its family. */
export const isPublicAddress = (cidr: string): boolean => {
  const b = parseCidr(cidr);
  return !!b && publicSpace(b.family).covers(AddressSet.of(b.family, [cidr]));
};

export const familyOf = (cidr: string): Family | undefined => parseCidr(cidr)?.family;

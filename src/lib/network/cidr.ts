/**
 * CIDR arithmetic for IPv4 and IPv6, on bigints: parse a block, tell whether it is the whole address
 * space (the internet), and whether one block lies inside another. Pure, no dependencies.
 */

export interface CidrBlock {
  family: 4 | 6;
  /** First and last address of the block. */
  start: bigint;
  end: bigint;
  prefix: number;
}

function parseIpv4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

function parseIpv6(s: string): bigint | undefined {
  let text = s;
  // An embedded dotted IPv4 tail (::ffff:10.0.0.1) becomes two hextets.
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4) {
    const n = parseIpv4(v4[1]);
    if (n === undefined) return undefined;
    text = `${text.slice(0, v4.index)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let n = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

/** Parse "10.0.0.0/16" or "2001:db8::/32" (a bare address is a /32 or /128). Undefined when malformed. */
export function parseCidr(cidr: string): CidrBlock | undefined {
  const [addr, len, ...rest] = cidr.trim().split('/');
  if (rest.length || !addr) return undefined;
  const family: 4 | 6 = addr.includes(':') ? 6 : 4;
  const bits = family === 4 ? 32 : 128;
  const prefix = len === undefined ? bits : /^\d{1,3}$/.test(len) ? Number(len) : NaN;
  if (!(prefix >= 0 && prefix <= bits)) return undefined;
  const ip = family === 4 ? parseIpv4(addr) : parseIpv6(addr);
  if (ip === undefined) return undefined;
  const hostBits = BigInt(bits - prefix);
  const start = (ip >> hostBits) << hostBits;
  return { family, start, end: start + (1n << hostBits) - 1n, prefix };
}

/** True for a block that covers every address of its family: 0.0.0.0/0 or ::/0 (any /0). */
export function isInternetCidr(cidr: string | undefined): boolean {
  return cidr !== undefined && parseCidr(cidr)?.prefix === 0;
}

/** True when `inner` lies entirely inside `outer` (same family). Malformed input is never contained. */
export function cidrContains(outer: string, inner: string): boolean {
  const o = parseCidr(outer);
  const i = parseCidr(inner);
  return !!o && !!i && o.family === i.family && o.start <= i.start && i.end <= o.end;
}

/** True when two blocks denote the same addresses (10.0.0.0/16 and 10.0.1.0/16 do). */
export function cidrEquals(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return !!x && !!y && x.family === y.family && x.start === y.start && x.end === y.end;
}

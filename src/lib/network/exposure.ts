/**
 * Internet exposure of security group rules and network ACL entries. "The internet" is a source block
 * that covers every address of its family (0.0.0.0/0 or ::/0). Narrower public blocks, prefix lists and
 * security group references are not treated as the internet: prefix list contents are not known here.
 *
 * Security groups are allow-lists, so any matching rule exposes the port. Network ACLs are evaluated in
 * rule-number order and the first matching entry decides, so an earlier internet-wide deny closes a port
 * that a later allow opens; entries with narrower sources never decide for the whole internet.
 */
import { isInternetCidr, parseCidr } from './cidr.js';
import { naclPassages } from './reachability.js';

/** One inbound (or outbound) permission of a security group, as collected. */
export interface SgRule {
  /** IpProtocol as AWS returns it: '-1' (all), 'tcp', 'udp', 'icmp', 'icmpv6' or a protocol number. */
  protocol: string;
  fromPort?: number;
  toPort?: number;
  ipv4: string[];
  ipv6: string[];
  prefixLists: string[];
  /** Referenced security group ids. */
  groups: string[];
}

/** One network ACL entry, as collected. */
export interface NaclEntry {
  ruleNumber: number;
  egress: boolean;
  allow: boolean;
  /** Protocol number as a string ('-1' = all, '6' = TCP, '17' = UDP), or a name. */
  protocol: string;
  /** The IPv4 or IPv6 block the entry matches. */
  cidr: string;
  fromPort?: number;
  toPort?: number;
}

export type Transport = 'tcp' | 'udp';
export interface PortQuery {
  protocol: Transport;
  port: number;
}

const NAMES: Record<string, string> = {
  '-1': 'all',
  all: 'all',
  '6': 'tcp',
  tcp: 'tcp',
  '17': 'udp',
  udp: 'udp',
  '1': 'icmp',
  icmp: 'icmp',
  '58': 'icmpv6',
  icmpv6: 'icmpv6',
};

/** 'all', 'tcp', 'udp', 'icmp', 'icmpv6', or the protocol number for anything else. */
export const protocolName = (protocol: string): string => NAMES[protocol.toLowerCase()] ?? protocol;

interface Ports {
  protocol: string;
  fromPort?: number;
  toPort?: number;
}

/** The port interval of a TCP/UDP rule; a missing or -1 bound means the whole range. */
function portRange(r: Ports): [number, number] {
  const lo = r.fromPort === undefined || r.fromPort < 0 ? 0 : r.fromPort;
  const hi = r.toPort === undefined || r.toPort < 0 ? 65535 : r.toPort;
  return [lo, hi];
}

/** Does the rule admit traffic to this TCP/UDP port? */
export function coversPort(r: Ports, q: PortQuery): boolean {
  const name = protocolName(r.protocol);
  if (name === 'all') return true;
  if (name !== q.protocol) return false;
  const [lo, hi] = portRange(r);
  return lo <= q.port && q.port <= hi;
}

/** Does the rule admit every port: all protocols, or TCP/UDP across 0-65535? */
export function coversAllPorts(r: Ports): boolean {
  const name = protocolName(r.protocol);
  if (name === 'all') return true;
  if (name !== 'tcp' && name !== 'udp') return false;
  const [lo, hi] = portRange(r);
  return lo <= 0 && hi >= 65535;
}

/** "all traffic", "TCP port 22", "UDP ports 0-65535", "ICMP", "protocol 50". */
export function describePorts(r: Ports): string {
  const name = protocolName(r.protocol);
  if (name === 'all') return 'all traffic';
  if (name === 'tcp' || name === 'udp') {
    const [lo, hi] = portRange(r);
    return lo === hi ? `${name.toUpperCase()} port ${lo}` : `${name.toUpperCase()} ports ${lo}-${hi}`;
  }
  if (name === 'icmp' || name === 'icmpv6') return name.toUpperCase();
  return `protocol ${name}`;
}

// ---------------------------------------------------------------------------------------------------
// Security groups

export interface SgExposure {
  rule: SgRule;
  /** The internet-wide source blocks of the rule (0.0.0.0/0, ::/0). */
  sources: string[];
}

/** Rules open to the internet (optionally only those matching `match`). */
export function sgInternetRules(rules: SgRule[], match: (r: SgRule) => boolean = () => true): SgExposure[] {
  const out: SgExposure[] = [];
  for (const rule of rules) {
    const sources = [...rule.ipv4, ...rule.ipv6].filter(isInternetCidr);
    if (sources.length && match(rule)) out.push({ rule, sources });
  }
  return out;
}

export const sgExposingPort = (rules: SgRule[], q: PortQuery): SgExposure[] => sgInternetRules(rules, (r) => coversPort(r, q));
export const sgExposingAllPorts = (rules: SgRule[]): SgExposure[] => sgInternetRules(rules, coversAllPorts);

/** "TCP port 22 from 0.0.0.0/0 and ::/0". */
export const describeSgExposure = (e: SgExposure): string => `${describePorts(e.rule)} from ${e.sources.join(' and ')}`;

// ---------------------------------------------------------------------------------------------------
// Network ACLs

/** Inbound internet-wide entries, per address family, in evaluation order. */
function internetIngressByFamily(entries: NaclEntry[]): NaclEntry[][] {
  const byFamily = new Map<number, NaclEntry[]>();
  for (const e of entries) {
    if (e.egress || !isInternetCidr(e.cidr)) continue;
    const family = parseCidr(e.cidr)!.family;
    const list = byFamily.get(family) ?? [];
    list.push(e);
    byFamily.set(family, list);
  }
  return [...byFamily.values()].map((list) => list.sort((a, b) => a.ruleNumber - b.ruleNumber));
}

/**
 * The allow entries through which the internet reaches this port inbound (per address family, in
 * rule-number order the first entry matching an address decides; the port counts as reachable when at
 * least half of the public addresses of a family get through, see `naclPassages`).
 */
export function naclExposingPort(entries: NaclEntry[], q: PortQuery): NaclEntry[] {
  const out: NaclEntry[] = [];
  for (const family of [4, 6] as const) {
    for (const p of naclPassages(entries, 'ingress', family, { protocol: q.protocol, from: q.port, to: q.port })) out.push(...p.entries);
  }
  return out;
}

/** True when the union of intervals covers [lo, hi]. */
function intervalsCover(intervals: Array<[number, number]>, lo: number, hi: number): boolean {
  let reach = lo;
  for (const [a, b] of [...intervals].sort((x, y) => x[0] - y[0])) {
    if (a > reach) break;
    reach = Math.max(reach, b + 1);
    if (reach > hi) return true;
  }
  return reach > hi;
}

/**
 * The allow entries that open every port to the internet (all traffic, or TCP/UDP 0-65535) and are
 * not fully shadowed by earlier internet-wide deny entries (at most one per address family).
 */
export function naclExposingAllPorts(entries: NaclEntry[]): NaclEntry[] {
  const out: NaclEntry[] = [];
  for (const list of internetIngressByFamily(entries)) {
    let denyAll = false;
    const denied: Record<Transport, Array<[number, number]>> = { tcp: [], udp: [] };
    for (const e of list) {
      const name = protocolName(e.protocol);
      if (!e.allow) {
        if (name === 'all') denyAll = true;
        else if (name === 'tcp' || name === 'udp') denied[name].push(portRange(e));
        continue;
      }
      if (denyAll) break;
      if (!coversAllPorts(e)) continue;
      if (name !== 'all' && intervalsCover(denied[name as Transport], 0, 65535)) continue;
      out.push(e);
      break;
    }
  }
  return out;
}

/** "all traffic from 0.0.0.0/0 (rule 100)". */
export const describeNaclEntry = (e: NaclEntry): string => `${describePorts(e)} from ${e.cidr} (rule ${e.ruleNumber})`;

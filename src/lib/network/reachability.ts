/**
 * The internet exposure judgement, built once for every check that asks "does this answer from the
 * internet, on which port?" (instances, security groups, network ACLs, and other services' network
 * interfaces). Pure: it works on plain data the EC2/VPC collectors gather.
 *
 * - Security groups are stateful allow-lists and add up: a port is open to the internet when the
 *   sources of all rules (of all the groups of a network interface) admitting it together cover every
 *   public address of a family. So 0.0.0.0/0, ::/0, and 0.0.0.0/1 + 128.0.0.0/1 in two rules (or two
 *   groups) all count; a port range split over several rules counts port by port.
 * - Network ACLs are stateless: inbound entries are evaluated in rule-number order and the first match
 *   decides for each address; the replies must also leave through the outbound entries (to the client's
 *   ephemeral ports, 1024-65535). An ACL lets "the internet" through when at least half of the public
 *   addresses of the family get through: a deny for a few bad ranges before an allow-all leaves the port
 *   exposed, an allow for a partner's range only does not.
 * - Routes: the subnet's route table (its explicit association, else the VPC's main table) must send the
 *   public internet (by longest prefix match, active routes only) to an internet gateway (igw-); egress-only
 *   gateways, NAT gateways and the rest do not admit inbound connections.
 * - Address: a public IPv4 address (auto-assigned or Elastic IP) for IPv4, a global unicast IPv6 address
 *   for IPv6.
 * Reachable = open in the security groups AND routed AND through the network ACL AND addressed.
 */
import { AddressSet, coversInternet, coversMostOfInternet, hasPublicPart, isPublicAddress, type Family } from './address-set.js';
import { parseCidr } from './cidr.js';
import { protocolName, type NaclEntry, type SgRule } from './exposure.js';
import { describeRange, type PortRange } from './ports.js';

const FAMILIES: readonly Family[] = [4, 6];
const familyLabel = (f: Family): string => (f === 4 ? '0.0.0.0/0' : '::/0');

/** A rule's TCP/UDP port interval; missing or negative bounds mean the whole range. */
function bounds(r: { fromPort?: number; toPort?: number }): [number, number] {
  const lo = r.fromPort === undefined || r.fromPort < 0 ? 0 : r.fromPort;
  const hi = r.toPort === undefined || r.toPort < 0 ? 65535 : r.toPort;
  return [lo, hi];
}

/** Cut [from, to] at every rule boundary inside it: within a segment every rule either covers all ports or none. */
function segments(from: number, to: number, intervals: Array<[number, number]>): Array<[number, number]> {
  const cuts = new Set<number>([from, to + 1]);
  for (const [a, b] of intervals) {
    if (a > from && a <= to) cuts.add(a);
    if (b + 1 > from && b + 1 <= to) cuts.add(b + 1);
  }
  const sorted = [...cuts].sort((x, y) => x - y);
  return sorted.slice(0, -1).map((s, i) => [s, sorted[i + 1] - 1]);
}

// ---------------------------------------------------------------------------------------------------
// Security groups

/** A security group rule with the group it belongs to. */
export interface OwnedRule {
  rule: SgRule;
  groupId?: string;
}

/** A protocol and port interval open to the whole public internet of one address family. */
export interface SgOpening {
  family: Family;
  /** 'tcp' or 'udp' for port openings; another protocol name ('icmp', '50', 'all') for protocol openings. */
  protocol: string;
  from: number;
  to: number;
  /** The public source blocks of the rules that open it (0.0.0.0/0, ::/0, 0.0.0.0/1...). */
  sources: string[];
  /** The groups whose rules open it (when known). */
  groupIds: string[];
}

const sourcesOf = (r: SgRule, f: Family): string[] => (f === 4 ? r.ipv4 : r.ipv6).filter((c) => parseCidr(c)?.family === f);

function openingsFor(rules: OwnedRule[], q: PortRange): SgOpening[] {
  const relevant = rules.filter(({ rule }) => {
    const name = protocolName(rule.protocol);
    if (name !== 'all' && name !== q.protocol) return false;
    const [lo, hi] = name === 'all' ? [0, 65535] : bounds(rule);
    return lo <= q.to && hi >= q.from;
  });
  const range = (r: SgRule): [number, number] => (protocolName(r.protocol) === 'all' ? [0, 65535] : bounds(r));
  const out: SgOpening[] = [];
  for (const f of FAMILIES) {
    for (const [s, e] of segments(q.from, q.to, relevant.map(({ rule }) => range(rule)))) {
      const covering = relevant.filter(({ rule }) => range(rule)[0] <= s && s <= range(rule)[1]);
      const set = AddressSet.of(f, covering.flatMap(({ rule }) => sourcesOf(rule, f)));
      if (!coversInternet(set)) continue;
      const contributing = covering.filter(({ rule }) => sourcesOf(rule, f).some(hasPublicPart));
      const sources = [...new Set(contributing.flatMap(({ rule }) => sourcesOf(rule, f).filter(hasPublicPart)))];
      const groupIds = [...new Set(contributing.flatMap(({ groupId }) => (groupId ? [groupId] : [])))];
      const prev = out[out.length - 1];
      if (prev && prev.family === f && prev.to + 1 === s) {
        prev.to = e;
        prev.sources = [...new Set([...prev.sources, ...sources])];
        prev.groupIds = [...new Set([...prev.groupIds, ...groupIds])];
      } else out.push({ family: f, protocol: q.protocol, from: s, to: e, sources, groupIds });
    }
  }
  return out;
}

/** The parts of the asked TCP/UDP ranges that the rules (taken together) open to the whole internet. */
export function sgOpenings(rules: Array<SgRule | OwnedRule>, ranges: readonly PortRange[]): SgOpening[] {
  const owned = rules.map((r): OwnedRule => ('rule' in r ? r : { rule: r }));
  return ranges.flatMap((q) => openingsFor(owned, q));
}

/**
 * Protocols other than TCP and UDP (ICMP, ESP, GRE... and 'all' for all-traffic rules) that the rules
 * open to the whole internet. Ports do not apply to them.
 */
export function sgProtocolOpenings(rules: Array<SgRule | OwnedRule>): SgOpening[] {
  const owned = rules.map((r): OwnedRule => ('rule' in r ? r : { rule: r }));
  const names = new Set(owned.map(({ rule }) => protocolName(rule.protocol)).filter((n) => n !== 'tcp' && n !== 'udp'));
  const out: SgOpening[] = [];
  for (const name of names) {
    const covering = owned.filter(({ rule }) => {
      const n = protocolName(rule.protocol);
      return n === name || (name !== 'all' && n === 'all');
    });
    for (const f of FAMILIES) {
      const set = AddressSet.of(f, covering.flatMap(({ rule }) => sourcesOf(rule, f)));
      if (!coversInternet(set)) continue;
      const contributing = covering.filter(({ rule }) => sourcesOf(rule, f).some(hasPublicPart));
      out.push({
        family: f,
        protocol: name,
        from: 0,
        to: 65535,
        sources: [...new Set(contributing.flatMap(({ rule }) => sourcesOf(rule, f).filter(hasPublicPart)))],
        groupIds: [...new Set(contributing.flatMap(({ groupId }) => (groupId ? [groupId] : [])))],
      });
    }
  }
  return out;
}

/** "TCP port 22 from 0.0.0.0/0", "UDP ports 0-65535 from ::/0", "all traffic from 0.0.0.0/0". */
export function describeOpening(o: SgOpening): string {
  const what =
    o.protocol === 'tcp' || o.protocol === 'udp'
      ? describeRange({ protocol: o.protocol, from: o.from, to: o.to })
      : o.protocol === 'all'
        ? 'all traffic'
        : o.protocol === 'icmp' || o.protocol === 'icmpv6'
          ? o.protocol.toUpperCase()
          : `protocol ${o.protocol}`;
  return `${what} from ${o.sources.join(' and ')}`;
}

// ---------------------------------------------------------------------------------------------------
// Network ACLs

export type Direction = 'ingress' | 'egress';

/**
 * The remote addresses a network ACL lets through for one protocol and port, in one direction: entries
 * in rule-number order, the first one matching an address decides, anything unmatched is denied.
 * Returns the allowed set and the allow entries that decided for some of it.
 */
export function naclAllowed(entries: readonly NaclEntry[], direction: Direction, family: Family, protocol: 'tcp' | 'udp', port: number): { allowed: AddressSet; by: NaclEntry[] } {
  const ordered = entries
    .filter((e) => e.egress === (direction === 'egress') && parseCidr(e.cidr)?.family === family)
    .filter((e) => {
      const n = protocolName(e.protocol);
      if (n === 'all') return true;
      if (n !== protocol) return false;
      const [lo, hi] = bounds(e);
      return lo <= port && port <= hi;
    })
    .sort((a, b) => a.ruleNumber - b.ruleNumber);
  let undecided = AddressSet.all(family);
  let allowed = AddressSet.empty(family);
  const by: NaclEntry[] = [];
  for (const e of ordered) {
    if (undecided.isEmpty) break;
    const take = undecided.intersect(AddressSet.of(family, [e.cidr]));
    if (take.isEmpty) continue;
    if (e.allow) {
      allowed = allowed.union(take);
      by.push(e);
    }
    undecided = undecided.minus(take);
  }
  return { allowed, by };
}

/** A port interval the network ACL lets (most of) the internet through, with the deciding allow entries. */
export interface NaclPassage {
  family: Family;
  protocol: 'tcp' | 'udp';
  from: number;
  to: number;
  entries: NaclEntry[];
}

const entryInterval = (e: NaclEntry): [number, number] => (protocolName(e.protocol) === 'all' ? [0, 65535] : bounds(e));

/** The parts of a port range through which at least half of the public internet of `family` gets in (or out). */
export function naclPassages(entries: readonly NaclEntry[], direction: Direction, family: Family, q: PortRange): NaclPassage[] {
  const out: NaclPassage[] = [];
  const relevant = entries.filter((e) => e.egress === (direction === 'egress') && parseCidr(e.cidr)?.family === family);
  for (const [s, e] of segments(q.from, q.to, relevant.map(entryInterval))) {
    const { allowed, by } = naclAllowed(relevant, direction, family, q.protocol, s);
    if (!coversMostOfInternet(allowed)) continue;
    const prev = out[out.length - 1];
    if (prev && prev.to + 1 === s) {
      prev.to = e;
      for (const x of by) if (!prev.entries.includes(x)) prev.entries.push(x);
    } else out.push({ family, protocol: q.protocol, from: s, to: e, entries: by });
  }
  return out;
}

/** Ephemeral ports clients use for the return leg of a connection (AWS's guidance for network ACLs). */
export const EPHEMERAL_PORTS = { from: 1024, to: 65535 } as const;

// ---------------------------------------------------------------------------------------------------
// Routes

export interface RouteView {
  destinationCidr?: string;
  destinationIpv6Cidr?: string;
  gatewayId?: string;
  /** 'active' or 'blackhole'. */
  state?: string;
}

export interface RouteTableView {
  id: string;
  vpcId?: string;
  isMain: boolean;
  subnetIds: readonly string[];
  routes: readonly RouteView[];
}

/** The route table of a subnet: its explicit association, else the main table of its VPC. */
export function routeTableFor(tables: readonly RouteTableView[], subnetId: string | undefined, vpcId: string | undefined): RouteTableView | undefined {
  return (subnetId ? tables.find((t) => t.subnetIds.includes(subnetId)) : undefined) ?? (vpcId ? tables.find((t) => t.isMain && t.vpcId === vpcId) : undefined);
}

/** True for an internet gateway target (not an egress-only one). */
export const isInternetGateway = (gatewayId: string | undefined): boolean => !!gatewayId && gatewayId.startsWith('igw-');

/**
 * Whether the table sends (at least half of) the public internet of a family to an internet gateway, by
 * longest prefix match over active routes; the deciding routes are returned.
 */
export function internetRoute(table: RouteTableView, family: Family): { routed: boolean; routes: RouteView[] } {
  const withDest = table.routes
    .map((r) => ({ r, cidr: family === 4 ? r.destinationCidr : r.destinationIpv6Cidr }))
    .filter((x): x is { r: RouteView; cidr: string } => !!x.cidr && parseCidr(x.cidr)?.family === family)
    .sort((a, b) => parseCidr(b.cidr)!.prefix - parseCidr(a.cidr)!.prefix);
  let undecided = AddressSet.all(family);
  let toIgw = AddressSet.empty(family);
  const routes: RouteView[] = [];
  for (const { r, cidr } of withDest) {
    const take = undecided.intersect(AddressSet.of(family, [cidr]));
    if (take.isEmpty) continue;
    undecided = undecided.minus(take);
    if (isInternetGateway(r.gatewayId) && (r.state ?? 'active') === 'active') {
      toIgw = toIgw.union(take);
      routes.push(r);
    }
  }
  return { routed: coversMostOfInternet(toIgw), routes };
}

// ---------------------------------------------------------------------------------------------------
// Network interfaces (endpoints)

export interface AclView {
  id: string;
  vpcId?: string;
  isDefault: boolean;
  subnetIds: readonly string[];
  entries: readonly NaclEntry[];
}

/** The network around the endpoints; a component left undefined could not be read. */
export interface NetworkView {
  groups: ReadonlyMap<string, { id: string; ingress: readonly SgRule[] }>;
  acls?: readonly AclView[];
  routeTables?: readonly RouteTableView[];
}

/** One network interface: where it sits, its groups and its addresses. */
export interface Endpoint {
  subnetId?: string;
  vpcId?: string;
  securityGroupIds: readonly string[];
  publicIpv4?: string;
  ipv6Addresses?: readonly string[];
}

/** The network ACL of a subnet: the one associated with it, else the VPC's default ACL. */
export function aclFor(acls: readonly AclView[], subnetId: string | undefined, vpcId: string | undefined): AclView | undefined {
  return (subnetId ? acls.find((a) => a.subnetIds.includes(subnetId)) : undefined) ?? (vpcId ? acls.find((a) => a.isDefault && a.vpcId === vpcId) : undefined);
}

export type NetworkComponent = 'networkAcls' | 'routeTables';

export interface Exposure extends SgOpening {
  /** True: the internet reaches it. False: something blocks it (blockedBy). Undefined: a component could not be read (unknown). */
  reachable: boolean | undefined;
  /** The public address it answers on. */
  address?: string;
  routeTableId?: string;
  naclId?: string;
  /** Why it is not reachable, in words. */
  blockedBy?: string;
  /** The component that could not be read or found, when reachable is undefined. */
  unknown?: NetworkComponent;
}

export interface EndpointExposure {
  /** Security groups of the endpoint absent from the view (the judgement is then incomplete). */
  missingGroups: string[];
  /** Every opening of the security groups for the asked ranges, with whether the internet reaches it. */
  exposures: Exposure[];
}

/**
 * Which of the asked ports of a network interface answer from the internet, and which are open in its
 * security groups but blocked on the way (no public address, no internet route, network ACL).
 */
export function endpointExposure(view: NetworkView, ep: Endpoint, ranges: readonly PortRange[]): EndpointExposure {
  const missingGroups = ep.securityGroupIds.filter((id) => !view.groups.has(id));
  const rules: OwnedRule[] = ep.securityGroupIds.flatMap((id) => (view.groups.get(id)?.ingress ?? []).map((rule) => ({ rule, groupId: id })));
  const exposures: Exposure[] = [];
  for (const o of sgOpenings(rules, ranges)) exposures.push(...judgeOpening(view, ep, o));
  return { missingGroups, exposures };
}

function judgeOpening(view: NetworkView, ep: Endpoint, o: SgOpening): Exposure[] {
  const f = o.family;
  const protocol = o.protocol as 'tcp' | 'udp';
  const address = f === 4 ? ep.publicIpv4 : ep.ipv6Addresses?.find((a) => isPublicAddress(a));
  if (!address) return [{ ...o, reachable: false, blockedBy: `it has no public ${f === 4 ? 'IPv4' : 'IPv6'} address` }];

  const base: Exposure = { ...o, reachable: undefined, address };
  if (!view.routeTables) return [{ ...base, unknown: 'routeTables' }];
  const table = routeTableFor(view.routeTables, ep.subnetId, ep.vpcId);
  if (!table) return [{ ...base, unknown: 'routeTables' }];
  base.routeTableId = table.id;
  if (!internetRoute(table, f).routed) {
    return [{ ...base, reachable: false, blockedBy: `route table ${table.id} has no route for ${familyLabel(f)} to an internet gateway` }];
  }

  if (!view.acls) return [{ ...base, unknown: 'networkAcls' }];
  const acl = aclFor(view.acls, ep.subnetId, ep.vpcId);
  if (!acl) return [{ ...base, unknown: 'networkAcls' }];
  base.naclId = acl.id;
  const replies = naclPassages(acl.entries, 'egress', f, { protocol, ...EPHEMERAL_PORTS });
  if (!replies.length) {
    return [{ ...base, reachable: false, blockedBy: `network ACL ${acl.id} lets no replies out to the internet (outbound ${protocol.toUpperCase()} to ports 1024-65535)` }];
  }
  const inbound = naclPassages(acl.entries, 'ingress', f, { protocol, from: o.from, to: o.to });
  const out: Exposure[] = inbound.map((p) => ({ ...base, from: p.from, to: p.to, reachable: true }));
  // The parts of the opening the ACL keeps out.
  let cursor = o.from;
  for (const p of [...inbound, { from: o.to + 1, to: o.to + 1 }]) {
    if (p.from > cursor) {
      out.push({ ...base, from: cursor, to: p.from - 1, reachable: false, blockedBy: `network ACL ${acl.id} denies it inbound from ${familyLabel(f)}` });
    }
    cursor = p.to + 1;
  }
  return out.sort((a, b) => a.from - b.from);
}

/** "TCP port 22 from 0.0.0.0/0 (security group sg-1) on 203.0.113.7". */
export function describeExposure(e: Exposure): string {
  const groups = e.groupIds.length ? ` (security group ${e.groupIds.join(', ')})` : '';
  const at = e.address ? ` on ${e.address}` : '';
  return `${describeOpening(e)}${groups}${at}`;
}

/**
 * Logic shared by the EC2 checks: resource references, per-region iteration with error reporting, and
 * the security group / network ACL exposure verdicts used by several checks.
 */
import type { EvalContext, Params } from '../../core/check.js';
import type { Fact } from '../../core/fact.js';
import type { CallError, ResourceRef } from '../../core/types.js';
import {
  describeNaclEntry,
  describeSgExposure,
  sgInternetRules,
  type NaclEntry,
  type SgExposure,
  type SgRule,
} from '../../lib/network/exposure.js';
import { describeExposure, describeOpening, endpointExposure, type Endpoint, type Exposure, type NetworkView, type SgOpening } from '../../lib/network/reachability.js';
import type { PortRange } from '../../lib/network/ports.js';
import { routeTables } from '../vpc/collectors.js';
import {
  instances,
  launchTemplates,
  networkAcls,
  networkInterfaces,
  securityGroups,
  type Instance,
  type LaunchTemplate,
  type LaunchTemplateVersion,
  type NetworkAcl,
  type NetworkInterface,
  type SecurityGroup,
} from './collectors.js';

export const sgResource = (region: string, g: SecurityGroup): ResourceRef => ({
  arn: g.arn,
  id: g.id,
  name: g.name,
  region,
  tags: g.tags,
  ...(g.vpcId ? { details: { vpcId: g.vpcId } } : {}),
});

/** "sg-123 (web)". */
export const sgLabel = (g: SecurityGroup): string => (g.name && g.name !== g.id ? `${g.id} (${g.name})` : g.id);

export const naclResource = (region: string, a: NetworkAcl): ResourceRef => ({
  arn: a.arn,
  id: a.id,
  ...(a.tags.Name ? { name: a.tags.Name } : {}),
  region,
  tags: a.tags,
  details: { ...(a.vpcId ? { vpcId: a.vpcId } : {}), default: a.isDefault, subnets: a.subnetIds.length },
});

export const instanceResource = (region: string, i: Instance): ResourceRef => ({
  arn: i.arn,
  id: i.id,
  ...(i.name ? { name: i.name } : {}),
  region,
  tags: i.tags,
  details: { state: i.state },
});

/** "i-123 (api)". */
export const instanceLabel = (i: Instance): string => (i.name ? `${i.id} (${i.name})` : i.id);

/** Call `each` for every item of a regional fact; a region whose fact failed gets one ERROR finding. */
export function forEachRegional<T, P extends Params>(ctx: EvalContext<P>, fact: Fact<T[]>, each: (region: string, item: T) => void): void {
  for (const { region, result } of ctx.regional(fact)) {
    if (!result.ok) ctx.error(ctx.accountResource(region), result.error);
    else for (const item of result.data) each(region, item);
  }
}

/** Shared body of the "security group allows <port(s)> from the internet" checks. */
export function runSecurityGroupCheck<P extends Params>(ctx: EvalContext<P>, what: string, exposures: (rules: SgRule[]) => SgExposure[]): void {
  forEachRegional(ctx, securityGroups, (region, g) => {
    const open = exposures(g.ingress);
    const resource = sgResource(region, g);
    if (open.length) ctx.fail(resource, `Security group ${sgLabel(g)} allows ${open.map(describeSgExposure).join('; ')}.`);
    else ctx.pass(resource, `Security group ${sgLabel(g)} does not allow ${what} from the internet.`);
  });
}

/** Shared body of the "network ACL allows <port(s)> from the internet" checks. */
export function runNetworkAclCheck<P extends Params>(ctx: EvalContext<P>, what: string, exposing: (entries: NaclEntry[]) => NaclEntry[]): void {
  forEachRegional(ctx, networkAcls, (region, a) => {
    const open = exposing(a.entries);
    const resource = naclResource(region, a);
    const where = a.vpcId ? ` in ${a.vpcId}` : '';
    if (!open.length) return ctx.pass(resource, `Network ACL ${a.id}${where} does not allow ${what} from the internet.`);
    const unused = a.subnetIds.length ? '' : ' It is not associated with any subnet yet.';
    ctx.fail(resource, `Network ACL ${a.id}${where} allows ${open.map(describeNaclEntry).join('; ')}.${unused}`);
  });
}

export interface InstanceExposure {
  group: SecurityGroup;
  open: SgExposure[];
}

const missingGroup = (ids: string[]): CallError => ({
  kind: 'Failed',
  code: 'SecurityGroupNotFound',
  operation: securityGroups.operation,
  message: `security group ${ids.join(', ')} not in the collected list`,
});

/**
 * For each selected instance, the internet-open ingress rules of its security groups (matching
 * `match`). Reports ERROR for an instance when its groups could not be read, and for a region when
 * its instances could not be listed.
 */
export function forEachInstanceExposure<P extends Params>(
  ctx: EvalContext<P>,
  select: (i: Instance) => boolean,
  match: (r: SgRule) => boolean,
  each: (region: string, instance: Instance, exposures: InstanceExposure[]) => void,
): void {
  const groupsByRegion = new Map(ctx.regional(securityGroups).map(({ region, result }) => [region, result]));
  forEachRegional(ctx, instances, (region, i) => {
    if (!select(i)) return;
    const groups = groupsByRegion.get(region);
    const resource = instanceResource(region, i);
    if (!groups?.ok) return groups && ctx.error(resource, groups.error);
    const byId = new Map(groups.data.map((g) => [g.id, g]));
    const missing = i.securityGroupIds.filter((id) => !byId.has(id));
    if (missing.length) {
      const error = missingGroup(missing);
      return ctx.error(resource, error, `Could not evaluate instance ${instanceLabel(i)}: its security group ${missing.join(', ')} was not found.`);
    }
    const exposures = i.securityGroupIds
      .map((id) => ({ group: byId.get(id)!, open: sgInternetRules(byId.get(id)!.ingress, match) }))
      .filter((e) => e.open.length);
    each(region, i, exposures);
  });
}

/** "security group sg-1 (web) allows TCP port 445 from 0.0.0.0/0". */
export const describeInstanceExposures = (exposures: InstanceExposure[]): string =>
  exposures.map((e) => `security group ${sgLabel(e.group)} allows ${e.open.map(describeSgExposure).join(' and ')}`).join('; ');

/** IMDSv2 is enforced when tokens are required, or when the metadata service is off altogether. */
export function imdsVerdict(i: Instance): { enforced: boolean; reason: string } {
  if (i.metadata.httpEndpoint === 'disabled') return { enforced: true, reason: 'has the instance metadata service disabled' };
  if (i.metadata.httpTokens === 'required') return { enforced: true, reason: 'requires IMDSv2 session tokens for instance metadata' };
  return { enforced: false, reason: `accepts IMDSv1 requests without a session token (HttpTokens ${i.metadata.httpTokens ?? 'not set'})` };
}

// ---------------------------------------------------------------------------------------------------
// Internet reachability of instances (src/lib/network/reachability.ts does the judging)

export interface RegionNetwork {
  /** Undefined when the security groups could not be read (groupsError says why). */
  view?: NetworkView;
  groupsError?: CallError;
  aclError?: CallError;
  routeError?: CallError;
}

/** The network view of each region, built once from the security group, network ACL and route table facts. */
export function regionNetworks<P extends Params>(ctx: EvalContext<P>): Map<string, RegionNetwork> {
  const acls = new Map(ctx.regional(networkAcls).map(({ region, result }) => [region, result]));
  const routes = new Map(ctx.regional(routeTables).map(({ region, result }) => [region, result]));
  const out = new Map<string, RegionNetwork>();
  for (const { region, result } of ctx.regional(securityGroups)) {
    const a = acls.get(region);
    const r = routes.get(region);
    const net: RegionNetwork = {};
    if (a && !a.ok) net.aclError = a.error;
    if (r && !r.ok) net.routeError = r.error;
    if (!result.ok) net.groupsError = result.error;
    else
      net.view = {
        groups: new Map(result.data.map((g) => [g.id, g])),
        ...(a?.ok ? { acls: a.data } : {}),
        ...(r?.ok ? { routeTables: r.data } : {}),
      };
    out.set(region, net);
  }
  return out;
}

/** The network interfaces of an instance as endpoints (the instance itself when none are reported). */
export function instanceEndpoints(i: Instance): Endpoint[] {
  if (i.interfaces.length) {
    return i.interfaces.map((n) => ({
      subnetId: n.subnetId ?? i.subnetId,
      vpcId: n.vpcId ?? i.vpcId,
      securityGroupIds: n.securityGroupIds,
      publicIpv4: n.publicIp,
      ipv6Addresses: n.ipv6Addresses,
    }));
  }
  return [{ subnetId: i.subnetId, vpcId: i.vpcId, securityGroupIds: i.securityGroupIds, publicIpv4: i.publicIp, ipv6Addresses: [] }];
}

export type InstanceReach =
  | { kind: 'error'; error: CallError; message: string }
  | { kind: 'reachable'; exposures: Exposure[] }
  | { kind: 'blocked'; exposures: Exposure[] }
  | { kind: 'closed' };

const missingGroupError = (ids: string[]): CallError => ({
  kind: 'Failed',
  code: 'SecurityGroupNotFound',
  operation: securityGroups.operation,
  message: `security group ${ids.join(', ')} not in the collected list`,
});

/** Whether the internet reaches any of `ranges` on an instance, from its region's network view. */
export function instanceReach(net: RegionNetwork | undefined, i: Instance, ranges: readonly PortRange[]): InstanceReach {
  if (!net?.view) {
    const error = net?.groupsError ?? missingGroupError(i.securityGroupIds);
    return { kind: 'error', error, message: `Could not evaluate instance ${instanceLabel(i)}: its security groups could not be read.` };
  }
  const results = instanceEndpoints(i).map((ep) => endpointExposure(net.view!, ep, ranges));
  const missing = [...new Set(results.flatMap((r) => r.missingGroups))];
  if (missing.length) {
    return { kind: 'error', error: missingGroupError(missing), message: `Could not evaluate instance ${instanceLabel(i)}: its security group ${missing.join(', ')} was not found.` };
  }
  const exposures = results.flatMap((r) => r.exposures);
  const reachable = exposures.filter((e) => e.reachable === true);
  if (reachable.length) return { kind: 'reachable', exposures: reachable };
  const unknown = exposures.find((e) => e.reachable === undefined);
  if (unknown) {
    const error =
      unknown.unknown === 'networkAcls'
        ? (net.aclError ?? notFound(networkAcls.operation, 'network ACL of the subnet'))
        : (net.routeError ?? notFound(routeTables.operation, 'route table of the subnet'));
    return {
      kind: 'error',
      error,
      message: `Could not tell whether instance ${instanceLabel(i)} is reachable from the internet: ${describeOpening(unknown)} is open in its security groups, and ${error.operation} ${net.aclError || net.routeError ? 'failed' : 'did not return the ' + (unknown.unknown === 'networkAcls' ? 'network ACL' : 'route table') + ' of its subnet'}.`,
    };
  }
  return exposures.length ? { kind: 'blocked', exposures } : { kind: 'closed' };
}

const notFound = (operation: string, what: string): CallError => ({ kind: 'Failed', code: 'NotFound', operation, message: `${what} not in the collected list` });

/** "TCP port 22 from 0.0.0.0/0 (security group sg-1) on 203.0.113.7; ...". */
export const describeReachable = (exposures: Exposure[]): string => exposures.map(describeExposure).join('; ');

/** "security group sg-1 admits TCP port 22 from 0.0.0.0/0, but it has no public IPv4 address". */
export const describeBlocked = (exposures: Exposure[]): string =>
  exposures
    .map((e) => `${e.groupIds.length ? `security group ${e.groupIds.join(', ')}` : 'its security groups'} admit${e.groupIds.length === 1 ? 's' : ''} ${describeOpening(e)}, but ${e.blockedBy}`)
    .join('; ');

// ---------------------------------------------------------------------------------------------------
// Security groups in use

/**
 * Call `each` for the security groups of every region with the network interfaces that use them. Unless
 * `scanUnused`, groups that no network interface uses are skipped (Prowler's --scan-unused-services
 * convention); when the interfaces could not be listed every group is evaluated, since use is unknown.
 */
export function forEachSecurityGroupInUse<P extends Params>(
  ctx: EvalContext<P>,
  scanUnused: boolean,
  each: (region: string, g: SecurityGroup, users: NetworkInterface[] | undefined) => void,
): void {
  const enis = new Map(ctx.regional(networkInterfaces).map(({ region, result }) => [region, result]));
  forEachRegional(ctx, securityGroups, (region, g) => {
    const r = enis.get(region);
    const users = r?.ok ? r.data.filter((n) => n.securityGroupIds.includes(g.id)) : undefined;
    if (!scanUnused && users && users.length === 0) return;
    each(region, g, users);
  });
}

/** " It is used by 2 network interfaces." / " It is not attached to any network interface." */
export const usageNote = (users: NetworkInterface[] | undefined): string =>
  users === undefined ? '' : users.length ? ` It is used by ${users.length} network interface${users.length === 1 ? '' : 's'}.` : ' It is not attached to any network interface.';

/** "TCP port 22 from 0.0.0.0/0; UDP port 11211 from ::/0". */
export const describeOpenings = (openings: SgOpening[]): string => openings.map(describeOpening).join('; ');

/** The public IPv4 addresses of an instance (primary and every interface), without duplicates. */
export const publicAddresses = (i: Instance): string[] => [...new Set([i.publicIp, ...i.interfaces.map((n) => n.publicIp)].filter((x): x is string => !!x))];

/** Whole days between two instants. */
export const daysBetween = (from: Date, to: Date): number => Math.floor((to.getTime() - from.getTime()) / 86_400_000);

/** A resource reference for the simple EC2 resources (snapshot, image, address, template, endpoint, gateway). */
export const simpleResource = (region: string, r: { id: string; arn: string; name?: string; tags: Record<string, string> }): ResourceRef => ({
  arn: r.arn,
  id: r.id,
  ...(r.name ? { name: r.name } : {}),
  region,
  tags: r.tags,
});

/** Call `each` for every launch template with its readable versions; ERROR for a template whose versions could not be read. */
export function forEachLaunchTemplate<P extends Params>(ctx: EvalContext<P>, each: (region: string, t: LaunchTemplate, versions: LaunchTemplateVersion[], resource: ResourceRef) => void): void {
  forEachRegional(ctx, launchTemplates, (region, t) => {
    const resource = simpleResource(region, t);
    if (!t.versions.ok) return ctx.error(resource, t.versions.error);
    each(region, t, t.versions.data, resource);
  });
}

/** "lt-1 (web)". */
export const templateLabel = (t: LaunchTemplate): string => (t.name ? `${t.id} (${t.name})` : t.id);

/** "default version 3", "latest version 4", "version 3 (default and latest)". */
export const versionLabel = (t: LaunchTemplate, v: LaunchTemplateVersion): string => {
  const roles = [v.isDefault || v.number === t.defaultVersion ? 'default' : '', v.number === t.latestVersion ? 'latest' : ''].filter(Boolean);
  return `version ${v.number}${roles.length ? ` (${roles.join(' and ')})` : ''}`;
};

/** A confidential computing host: AMD SEV-SNP enabled, or a Nitro Enclaves parent. */
export const isConfidentialHost = (i: Instance): boolean => i.amdSevSnp === 'enabled' || i.enclave === true;

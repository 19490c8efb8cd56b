/**
 * "Is this subnet public?", for the data services that place network interfaces in subnets (EFS mount
 * targets, ElastiCache subnet groups): a subnet is public for an address family when its route table
 * (its explicit association, else the VPC's main table) sends the public internet of that family to an
 * internet gateway. The judging is src/lib/network/reachability.ts; this only words it. (A candidate for
 * src/lib/network once other services need it.)
 */
import type { Family } from '../../lib/network/address-set.js';
import { internetRoute, routeTableFor, type RouteTableView } from '../../lib/network/reachability.js';

export interface SubnetRouting {
  /** The route table that decides for the subnet; undefined when none was found in the listing. */
  tableId?: string;
  /** Address families whose internet traffic the table sends to an internet gateway. */
  publicFamilies: Family[];
  /** The internet gateways it routes to. */
  gateways: string[];
}

export function subnetRouting(tables: readonly RouteTableView[], subnetId: string | undefined, vpcId: string | undefined): SubnetRouting {
  const table = routeTableFor(tables, subnetId, vpcId);
  if (!table) return { publicFamilies: [], gateways: [] };
  const publicFamilies: Family[] = [];
  const gateways = new Set<string>();
  for (const family of [4, 6] as const) {
    const { routed, routes } = internetRoute(table, family);
    if (!routed) continue;
    publicFamilies.push(family);
    for (const r of routes) if (r.gatewayId) gateways.add(r.gatewayId);
  }
  return { tableId: table.id, publicFamilies, gateways: [...gateways] };
}

/** "route table rtb-1 sends 0.0.0.0/0 to igw-1". */
export const describeRouting = (r: SubnetRouting): string =>
  `route table ${r.tableId} sends ${r.publicFamilies.map((f) => (f === 4 ? '0.0.0.0/0' : '::/0')).join(' and ')} to ${r.gateways.join(', ')}`;

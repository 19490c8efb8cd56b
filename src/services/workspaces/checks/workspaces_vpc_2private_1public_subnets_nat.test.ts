import { describe, expect, it } from 'vitest';
import check from './workspaces_vpc_2private_1public_subnets_nat.js';
import { workspaces, type Workspace } from '../collectors.js';
import { routeTables, subnets, type RouteTable, type Subnet } from '../../vpc/collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const subnet = (id: string, vpcId = 'vpc-1'): Subnet => ({ id, arn: `arn:aws:ec2:us-east-1:123456789012:subnet/${id}`, vpcId, ipv6CidrBlocks: [], mapPublicIpOnLaunch: false, tags: {} });
const table = (id: string, subnetIds: string[], routes: RouteTable['routes'], o: Partial<RouteTable> = {}): RouteTable => ({
  id, arn: `arn:aws:ec2:us-east-1:123456789012:route-table/${id}`, vpcId: 'vpc-1', isMain: false, subnetIds, routes: [{ destinationCidr: '10.0.0.0/16', gatewayId: 'local' }, ...routes], tags: {}, ...o,
});
const ws = (id: string, subnetId: string | undefined): Workspace => ({ id, arn: `arn:aws:workspaces:us-east-1:123456789012:workspace/${id}`, rootVolumeEncrypted: true, userVolumeEncrypted: true, subnetId });

const SUBNETS = ['pub', 'priv-a', 'priv-b', 'bare'].map((s) => subnet(s));
const TABLES = [
  table('rtb-pub', ['pub'], [{ destinationCidr: '0.0.0.0/0', gatewayId: 'igw-1', state: 'active' }]),
  table('rtb-nat', ['priv-a', 'priv-b'], [{ destinationCidr: '0.0.0.0/0', natGatewayId: 'nat-1', state: 'active' }]),
  // The main table (no internet route) serves "bare", which has no explicit association.
  table('rtb-main', [], [], { isMain: true }),
];
const fixture = (list: Workspace[], subs = SUBNETS, tables = TABLES) => new FixtureInventory().set(workspaces, list).set(subnets, subs).set(routeTables, tables);

describe('workspaces_vpc_2private_1public_subnets_nat', () => {
  it('PASS in a private subnet with a NAT route, in a VPC with a public subnet and two private ones', () => {
    const [f] = runCheck(check, fixture([ws('ws-good', 'priv-a')]));
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toBe('WorkSpace ws-good is in private subnet priv-a, which reaches the internet through a NAT gateway; VPC vpc-1 has 1 public and 3 private subnets.');
  });

  it('FAIL in a public subnet, in a private subnet without NAT, or in a VPC without a public subnet or a second private one', () => {
    const findings = runCheck(check, fixture([ws('ws-public', 'pub'), ws('ws-bare', 'bare')]));
    expect(statusById(findings)).toEqual({ 'ws-public': 'FAIL', 'ws-bare': 'FAIL' });
    expect(findings[0].statusExtended).toContain('its subnet pub routes to an internet gateway');
    // Prowler is satisfied by a NAT route on any private subnet of the VPC; here the WorkSpace's own subnet must have one.
    expect(findings[1].statusExtended).toContain('its subnet bare has no default route to a NAT gateway');
    const small = runCheck(check, fixture([ws('ws-small', 'priv-a')], [subnet('priv-a')], [TABLES[1]]));
    expect(small[0].status).toBe('FAIL');
    expect(small[0].statusExtended).toBe('WorkSpace ws-small does not follow the recommended layout: VPC vpc-1 has 1 private subnet (2 needed); VPC vpc-1 has no public subnet for a NAT gateway.');
  });

  it('ERROR naming the call when subnets or route tables could not be read, or the subnet is unknown', () => {
    const noSubnets = new FixtureInventory().set(workspaces, [ws('ws-1', 'priv-a')]).set(subnets, { error: denied('ec2:DescribeSubnets') }).set(routeTables, TABLES);
    expect(runCheck(check, noSubnets)[0]).toMatchObject({ status: 'ERROR', statusExtended: expect.stringContaining('ec2:DescribeSubnets') });
    const noTables = new FixtureInventory().set(workspaces, [ws('ws-1', 'priv-a')]).set(subnets, SUBNETS).set(routeTables, { error: denied('ec2:DescribeRouteTables') });
    expect(runCheck(check, noTables)[0].statusExtended).toContain('ec2:DescribeRouteTables');
    expect(runCheck(check, fixture([ws('ws-2', 'subnet-gone')]))[0].status).toBe('ERROR');
    // Prowler fails a WorkSpace without a subnet; one still being created simply has none yet.
    expect(runCheck(check, fixture([ws('ws-new', undefined)]))[0]).toMatchObject({ status: 'MANUAL', statusExtended: expect.stringContaining('no subnet yet') });
    const noWs = new FixtureInventory().set(workspaces, { error: denied('workspaces:DescribeWorkspaces') }).set(subnets, SUBNETS).set(routeTables, TABLES);
    expect(runCheck(check, noWs)[0].statusExtended).toContain('workspaces:DescribeWorkspaces');
  });
});

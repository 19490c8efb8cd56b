import { describe, expect, it } from 'vitest';
import check from './efs_mount_target_not_publicly_accessible.js';
import { fileSystems, mountTargets, type MountTarget } from '../collectors.js';
import { makeFileSystem, makeMountTarget, makeRouteTable } from '../test-fixtures.js';
import { securityGroups } from '../../ec2/collectors.js';
import { makeSecurityGroup, sgRule } from '../../ec2/test-fixtures.js';
import { routeTables } from '../../vpc/collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const groups = [
  makeSecurityGroup('sg-nfs', [{ ...sgRule('tcp', 2049, 2049, []), groups: ['sg-app'] }]),
  makeSecurityGroup('sg-open', [sgRule('tcp', 2049, 2049, ['0.0.0.0/0'])]),
  makeSecurityGroup('sg-low-half', [sgRule('tcp', 2049, 2049, ['0.0.0.0/1'])]),
  makeSecurityGroup('sg-high-half', [sgRule('tcp', 2000, 2100, ['128.0.0.0/1'])]),
  makeSecurityGroup('sg-all', [sgRule('-1', undefined, undefined, ['0.0.0.0/0'])]),
  makeSecurityGroup('sg-open6', [sgRule('tcp', 2049, 2049, [], ['::/0'])]),
  makeSecurityGroup('sg-ssh', [sgRule('tcp', 22, 22, ['0.0.0.0/0'])]),
];
const tables = [
  makeRouteTable('rtb-main', [], { isMain: true }),
  makeRouteTable('rtb-public', ['subnet-public'], { igw: 4 }),
  makeRouteTable('rtb-public6', ['subnet-public6'], { igw: 6 }),
];
const sg = (...ids: string[]) => ({ ok: true as const, data: ids });

const setup: Record<string, MountTarget[]> = {
  // Private subnet (main table, no internet route): an open group does not make it reachable.
  'fs-private': [makeMountTarget('fsmt-1', { securityGroupIds: sg('sg-open') })],
  'fs-exposed': [makeMountTarget('fsmt-2'), makeMountTarget('fsmt-3', { subnetId: 'subnet-public', securityGroupIds: sg('sg-open') })],
  // Public subnet, but NFS only from the application's group.
  'fs-public-closed': [makeMountTarget('fsmt-4', { subnetId: 'subnet-public', securityGroupIds: sg('sg-nfs', 'sg-ssh') })],
  // Two groups whose halves together cover the IPv4 internet on 2049 (shared reachability judgement).
  'fs-split': [makeMountTarget('fsmt-5', { subnetId: 'subnet-public', securityGroupIds: sg('sg-low-half', 'sg-high-half') })],
  'fs-all-traffic': [makeMountTarget('fsmt-6', { subnetId: 'subnet-public', securityGroupIds: sg('sg-all') })],
  // IPv6 route and ::/0 on 2049, on a mount target with an IPv6 address.
  'fs-ipv6': [makeMountTarget('fsmt-7', { subnetId: 'subnet-public6', ipv6Address: '2600:1f18::10', securityGroupIds: sg('sg-open6') })],
  // The same subnet and group, but the mount target has only an IPv4 address, which is not routed out.
  'fs-ipv4-in-ipv6-subnet': [makeMountTarget('fsmt-8', { subnetId: 'subnet-public6', securityGroupIds: sg('sg-open6', 'sg-open') })],
  'fs-none': [],
};

const fx = (targets: Record<string, MountTarget[]>) =>
  new FixtureInventory()
    .set(fileSystems, Object.keys(targets).map((id) => makeFileSystem(id, { numberOfMountTargets: targets[id].length })))
    .set(mountTargets, Object.fromEntries(Object.entries(targets).map(([id, list]) => [makeFileSystem(id).arn, { ok: true as const, data: list }])))
    .set(securityGroups, groups)
    .set(routeTables, tables);

describe('efs_mount_target_not_publicly_accessible', () => {
  it('FAIL only where a mount target is in a public subnet AND its groups admit NFS from the internet of a routed family', () => {
    const findings = runCheck(check, fx(setup));
    expect(statusById(findings)).toEqual({
      'fs-private': 'PASS',
      'fs-exposed': 'FAIL',
      'fs-public-closed': 'PASS',
      'fs-split': 'FAIL',
      'fs-all-traffic': 'FAIL',
      'fs-ipv6': 'FAIL',
      'fs-ipv4-in-ipv6-subnet': 'PASS',
      'fs-none': 'PASS',
    });
    const says = (id: string) => findings.find((f) => f.resource.id === id)?.statusExtended;
    expect(says('fs-exposed')).toBe(
      'EFS file system fs-exposed: mount target fsmt-3 in public subnet subnet-public (route table rtb-public sends 0.0.0.0/0 to igw-1) admits TCP port 2049 from 0.0.0.0/0 through security group sg-open.',
    );
    expect(says('fs-split')).toContain('sg-low-half, sg-high-half');
    expect(says('fs-ipv6')).toContain('::/0');
    expect(says('fs-public-closed')).toContain('in public subnets (fsmt-4 (subnet-public)), but their security groups do not admit NFS');
  });
  it('ERROR naming the call when a mount target\'s security groups, the route tables or the security group listing could not be read', () => {
    const findings = runCheck(
      check,
      fx({ 'fs-sg-denied': [makeMountTarget('fsmt-9', { securityGroupIds: { ok: false, error: denied('elasticfilesystem:DescribeMountTargetSecurityGroups') } })] }),
    );
    expect(findings.map((f) => [f.status, f.error?.operation])).toEqual([['ERROR', 'elasticfilesystem:DescribeMountTargetSecurityGroups']]);

    const noTables = fx({ 'fs-1': [makeMountTarget('fsmt-1')] }).set(routeTables, { error: denied('ec2:DescribeRouteTables') });
    expect(runCheck(check, noTables).map((f) => [f.status, f.error?.operation])).toEqual([['ERROR', 'ec2:DescribeRouteTables']]);

    const missingGroup = fx({ 'fs-1': [makeMountTarget('fsmt-1', { subnetId: 'subnet-public', securityGroupIds: sg('sg-gone') })] });
    expect(runCheck(check, missingGroup).map((f) => [f.status, f.error?.operation])).toEqual([['ERROR', 'ec2:DescribeSecurityGroups']]);
  });
  it('a file system without mount targets needs neither the network listings nor reports ERROR when they failed', () => {
    const f = fx({ 'fs-none': [] }).set(routeTables, { error: denied('ec2:DescribeRouteTables') });
    expect(statusById(runCheck(check, f))).toEqual({ 'fs-none': 'PASS' });
  });
  it('ERROR for the file system when its mount targets could not be listed', () => {
    const f = fx({}).set(fileSystems, [makeFileSystem('fs-1')]).set(mountTargets, { [makeFileSystem('fs-1').arn]: { ok: false, error: denied('elasticfilesystem:DescribeMountTargets') } });
    const findings = runCheck(check, f);
    expect(findings.map((x) => x.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('elasticfilesystem:DescribeMountTargets');
  });
});

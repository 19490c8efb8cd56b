import { defineCheck } from '../../../core/check.js';
import { describeCallError, type CallError } from '../../../core/types.js';
import { listedWith } from '../../../lib/resource-policy.js';
import { describeOpening, sgOpenings, type OwnedRule } from '../../../lib/network/reachability.js';
import { securityGroups } from '../../ec2/collectors.js';
import { routeTables } from '../../vpc/collectors.js';
import { fileSystems, mountTargets } from '../collectors.js';
import { fsLabel, fsResource } from '../shared.js';
import { describeRouting, subnetRouting } from '../public-subnet.js';

const NFS = [{ protocol: 'tcp', from: 2049, to: 2049 }] as const;

const notFound = (operation: string, what: string): CallError => ({ kind: 'Failed', code: 'NotFound', operation, message: `${what} not in the collected list` });

export default defineCheck({
  id: 'efs_mount_target_not_publicly_accessible',
  title: 'EFS mount targets are not in public subnets with NFS open to the internet',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsFileSystem',
  categories: ['internet-exposed'],
  description:
    "Fails a file system when one of its mount targets sits in a public subnet (the subnet's route table sends the internet, IPv4 or IPv6, to an internet gateway) and the mount target's security groups together admit NFS (TCP 2049) from the whole internet of that address family. A mount target in a public subnet whose security groups keep NFS closed to the internet passes, with a note.",
  risk: 'A mount target that is routed to the internet and admits NFS from anywhere can be probed and, for an IPv6 mount target or one given a public address, mounted from outside the VPC; file data then leaks or is overwritten unless the file system policy and IAM authorization stop it.',
  remediation: {
    text: "Place mount targets in private subnets (without a route to an internet gateway) and let their security groups admit TCP 2049 only from the security groups of the clients that mount the file system.",
    url: 'https://docs.aws.amazon.com/efs/latest/ug/network-access.html',
    cli: 'aws efs modify-mount-target-security-groups --mount-target-id <fsmt-id> --security-groups <sg-allowing-nfs-from-clients-only>',
    terraform:
      'resource "aws_security_group" "efs" {\n  vpc_id = var.vpc_id\n  ingress {\n    from_port       = 2049\n    to_port         = 2049\n    protocol        = "tcp"\n    security_groups = [aws_security_group.app.id]\n  }\n}\n\nresource "aws_efs_mount_target" "a" {\n  file_system_id  = aws_efs_file_system.example.id\n  subnet_id       = var.private_subnet_a\n  security_groups = [aws_security_group.efs.id]\n}',
    nativeIaC:
      'EfsSecurityGroup:\n  Type: AWS::EC2::SecurityGroup\n  Properties:\n    GroupDescription: NFS from the application only\n    VpcId: !Ref Vpc\n    SecurityGroupIngress:\n      - IpProtocol: tcp\n        FromPort: 2049\n        ToPort: 2049\n        SourceSecurityGroupId: !Ref AppSecurityGroup\nMountTargetA:\n  Type: AWS::EFS::MountTarget\n  Properties:\n    FileSystemId: !Ref FileSystem\n    SubnetId: !Ref PrivateSubnetA\n    SecurityGroups: [!Ref EfsSecurityGroup]',
  },
  uses: [fileSystems, mountTargets, securityGroups, routeTables],
  run(ctx) {
    const groupsByRegion = new Map(ctx.regional(securityGroups).map(({ region, result }) => [region, result]));
    const tablesByRegion = new Map(ctx.regional(routeTables).map(({ region, result }) => [region, result]));
    for (const { region, item: f, entry } of listedWith(ctx, fileSystems, mountTargets, 'EFS file systems')) {
      const resource = fsResource(f, region);
      const label = fsLabel(f);
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not list the mount targets of ${label}: ${describeCallError(entry.error)}.`);
        continue;
      }
      if (!entry.data.length) {
        ctx.pass(resource, `${label} has no mount targets, so no network can reach it.`);
        continue;
      }
      const groups = groupsByRegion.get(region)!;
      const tables = tablesByRegion.get(region)!;
      const failed = !groups.ok ? groups.error : !tables.ok ? tables.error : undefined;
      if (failed) {
        ctx.error(resource, failed, `Could not evaluate the mount targets of ${label}: ${describeCallError(failed)}.`);
        continue;
      }
      const byId = new Map(groups.ok ? groups.data.map((g) => [g.id, g]) : []);
      const exposed: string[] = [];
      const publicButClosed: string[] = [];
      let error: { error: CallError; message: string } | undefined;
      for (const m of entry.data) {
        if (!m.securityGroupIds.ok) {
          error = { error: m.securityGroupIds.error, message: `Could not read the security groups of mount target ${m.id} of ${label}: ${describeCallError(m.securityGroupIds.error)}.` };
          continue;
        }
        const routing = subnetRouting(tables.ok ? tables.data : [], m.subnetId, m.vpcId);
        if (!routing.tableId) {
          const e = notFound(routeTables.operation, `route table of subnet ${m.subnetId ?? '(unknown)'}`);
          error = { error: e, message: `Could not tell whether mount target ${m.id} of ${label} is in a public subnet: no route table of subnet ${m.subnetId} was listed.` };
          continue;
        }
        // The families the mount target answers on: IPv4 unless it is IPv6-only, IPv6 when it has an IPv6 address.
        const families = routing.publicFamilies.filter((fam) => (fam === 4 ? !!m.ipAddress || !m.ipv6Address : !!m.ipv6Address));
        if (!families.length) continue;
        const missing = m.securityGroupIds.data.filter((id) => !byId.has(id));
        if (missing.length) {
          const e = notFound(securityGroups.operation, `security group ${missing.join(', ')}`);
          error = { error: e, message: `Could not evaluate mount target ${m.id} of ${label}: its security group ${missing.join(', ')} was not found.` };
          continue;
        }
        const rules: OwnedRule[] = m.securityGroupIds.data.flatMap((id) => byId.get(id)!.ingress.map((rule) => ({ rule, groupId: id })));
        const open = sgOpenings(rules, NFS).filter((o) => families.includes(o.family));
        const where = `mount target ${m.id} in public subnet ${m.subnetId} (${describeRouting({ ...routing, publicFamilies: families })})`;
        if (open.length) {
          exposed.push(`${where} admits ${open.map((o) => `${describeOpening(o)} through security group ${o.groupIds.join(', ')}`).join(' and ')}`);
        } else publicButClosed.push(`${m.id} (${m.subnetId})`);
      }
      if (exposed.length) {
        ctx.fail(resource, `${label}: ${exposed.join('; ')}.`);
      } else if (error) {
        ctx.error(resource, error.error, error.message);
      } else if (publicButClosed.length) {
        ctx.pass(resource, `${label} has mount targets in public subnets (${publicButClosed.join(', ')}), but their security groups do not admit NFS from the internet.`);
      } else {
        ctx.pass(resource, `${label} has its ${entry.data.length} mount target${entry.data.length > 1 ? 's' : ''} in private subnets.`);
      }
    }
  },
});

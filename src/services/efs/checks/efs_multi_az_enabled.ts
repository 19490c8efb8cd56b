import { defineCheck } from '../../../core/check.js';
import { fileSystems } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';
import { fsLabel } from '../shared.js';

export default defineCheck({
  id: 'efs_multi_az_enabled',
  title: 'EFS file systems are Regional and mountable in more than one Availability Zone',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsFileSystem',
  categories: ['resilience'],
  description:
    'Passes a file system that uses Regional storage (data kept across several Availability Zones) and has mount targets in at least two Availability Zones (EFS allows one mount target per zone). One Zone file systems, and Regional ones reachable from a single zone or none, fail.',
  risk: 'A One Zone file system loses availability, and possibly data, when its zone fails; a Regional one with a single mount target becomes unreachable for every client when that zone fails, even though the data survives.',
  remediation: {
    text: 'For a One Zone file system, create a Regional file system and copy the data (restore a backup into it or use AWS DataSync). For a Regional one, add a mount target in each Availability Zone where clients run.',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/availability-durability.html',
    cli: 'aws efs create-mount-target --file-system-id <fs-id> --subnet-id <subnet-in-another-az> --security-groups <sg-id>',
    terraform:
      'resource "aws_efs_file_system" "example" {\n  # no availability_zone_name: Regional storage\n  encrypted = true\n}\n\nresource "aws_efs_mount_target" "per_az" {\n  for_each        = toset(var.private_subnet_ids) # one subnet per Availability Zone\n  file_system_id  = aws_efs_file_system.example.id\n  subnet_id       = each.value\n  security_groups = [aws_security_group.efs.id]\n}',
    nativeIaC:
      'FileSystem:\n  Type: AWS::EFS::FileSystem\n  Properties:\n    Encrypted: true   # no AvailabilityZoneName: Regional storage\nMountTargetA:\n  Type: AWS::EFS::MountTarget\n  Properties:\n    FileSystemId: !Ref FileSystem\n    SubnetId: !Ref PrivateSubnetA\n    SecurityGroups: [!Ref EfsSecurityGroup]\nMountTargetB:\n  Type: AWS::EFS::MountTarget\n  Properties:\n    FileSystemId: !Ref FileSystem\n    SubnetId: !Ref PrivateSubnetB\n    SecurityGroups: [!Ref EfsSecurityGroup]',
  },
  uses: [fileSystems],
  run(ctx) {
    eachListed(ctx, fileSystems, 'EFS file systems', (f, resource) => {
      const n = f.numberOfMountTargets;
      if (f.availabilityZoneName) {
        ctx.fail(resource, `${fsLabel(f)} is a One Zone file system stored only in ${f.availabilityZoneName}.`);
      } else if (n < 2) {
        ctx.fail(resource, `${fsLabel(f)} is Regional but has ${n === 0 ? 'no mount targets' : 'a mount target in only one Availability Zone'}.`);
      } else {
        ctx.pass(resource, `${fsLabel(f)} is Regional with mount targets in ${n} Availability Zones.`);
      }
    });
  },
});

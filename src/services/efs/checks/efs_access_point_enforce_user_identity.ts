import { defineCheck } from '../../../core/check.js';
import { accessPoints } from '../collectors.js';
import { eachAccessPoint } from '../shared.js';

export default defineCheck({
  id: 'efs_access_point_enforce_user_identity',
  title: 'EFS access points enforce a POSIX user identity',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsAccessPoint',
  categories: ['identity-access'],
  description:
    'Checks that each EFS access point sets a POSIX user (user and group id) that EFS applies to every request made through it. Each access point is its own finding (Prowler reports one per file system naming the offending access points).',
  risk: 'Without an enforced POSIX user, EFS uses whatever user and group ids the NFS client sends, so any client that can mount through the access point can claim another user\'s identity, including root, and read or change their files.',
  remediation: {
    text: 'The POSIX user of an access point cannot be changed: create a replacement access point with the user and group ids the application should run as, move the clients to it and delete the old one.',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/enforce-identity-access-points.html',
    cli: 'aws efs create-access-point --file-system-id <fs-id> --posix-user Uid=1000,Gid=1000 --root-directory Path=/app',
    terraform:
      'resource "aws_efs_access_point" "app" {\n  file_system_id = aws_efs_file_system.example.id\n  posix_user {\n    uid = 1000\n    gid = 1000\n  }\n  root_directory {\n    path = "/app"\n  }\n}',
    nativeIaC:
      'AppAccessPoint:\n  Type: AWS::EFS::AccessPoint\n  Properties:\n    FileSystemId: !Ref FileSystem\n    PosixUser:\n      Uid: "1000"\n      Gid: "1000"\n    RootDirectory:\n      Path: /app',
  },
  uses: [accessPoints],
  run(ctx) {
    eachAccessPoint(ctx, (a, resource, label) => {
      if (a.posixUser) ctx.pass(resource, `${label} enforces POSIX user ${a.posixUser.uid} and group ${a.posixUser.gid}.`);
      else ctx.fail(resource, `${label} enforces no POSIX user, so clients act as whatever user id they send.`);
    });
  },
});

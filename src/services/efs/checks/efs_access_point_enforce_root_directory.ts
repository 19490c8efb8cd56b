import { defineCheck } from '../../../core/check.js';
import { accessPoints } from '../collectors.js';
import { eachAccessPoint } from '../shared.js';

export default defineCheck({
  id: 'efs_access_point_enforce_root_directory',
  title: 'EFS access points confine clients to a subdirectory, not the file system root',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsAccessPoint',
  categories: ['identity-access'],
  description:
    'Checks that each EFS access point presents a subdirectory, not the root directory ("/") of its file system, as the root its clients see. Each access point is its own finding (Prowler reports one per file system naming the offending access points).',
  risk: 'An access point rooted at "/" gives every application that mounts through it the whole file system, so one compromised or misconfigured client can read or change other applications\' data.',
  remediation: {
    text: 'The root directory of an access point cannot be changed: create a replacement access point whose root directory is the application\'s own subdirectory (with creation info so EFS creates it with the right owner), move the clients to it and delete the old one.',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/enforce-root-directory-access-point.html',
    cli: 'aws efs create-access-point --file-system-id <fs-id> --root-directory \'Path=/app,CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=750}\' --posix-user Uid=1000,Gid=1000',
    terraform:
      'resource "aws_efs_access_point" "app" {\n  file_system_id = aws_efs_file_system.example.id\n  root_directory {\n    path = "/app"\n    creation_info {\n      owner_uid   = 1000\n      owner_gid   = 1000\n      permissions = "750"\n    }\n  }\n}',
    nativeIaC:
      'AppAccessPoint:\n  Type: AWS::EFS::AccessPoint\n  Properties:\n    FileSystemId: !Ref FileSystem\n    RootDirectory:\n      Path: /app\n      CreationInfo:\n        OwnerUid: "1000"\n        OwnerGid: "1000"\n        Permissions: "750"',
  },
  uses: [accessPoints],
  run(ctx) {
    eachAccessPoint(ctx, (a, resource, label) => {
      if (a.rootDirectory.replace(/\/+$/, '') === '') ctx.fail(resource, `${label} is rooted at the file system root "/", so its clients see the whole file system.`);
      else ctx.pass(resource, `${label} is rooted at ${a.rootDirectory}.`);
    });
  },
});

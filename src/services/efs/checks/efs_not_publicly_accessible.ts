import { defineCheck } from '../../../core/check.js';
import { judgePolicy, listedWith } from '../../../lib/resource-policy.js';
import { fileSystemPolicies, fileSystems } from '../collectors.js';
import { fsLabel, fsResource } from '../shared.js';

export default defineCheck({
  id: 'efs_not_publicly_accessible',
  title: 'EFS file system policies do not let every client in',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsFileSystem',
  categories: ['internet-exposed'],
  description:
    'Reads the file system policy of each EFS file system. A file system with no policy fails: AWS then applies its default, which gives full access to any NFS client that can reach a mount target. A policy fails when an Allow statement names every principal without a condition that ties it to this account, an organization, a VPC or endpoint, or a source address range. elasticfilesystem:AccessedViaMountTarget and aws:SecureTransport do not narrow who may mount.',
  risk: 'Without a policy that names who may mount, or with one open to every principal, anyone who gets network access to a mount target (a peered VPC, a VPN, a compromised host) can mount the file system and read or overwrite its data, as root unless root squashing is enforced.',
  remediation: {
    text: 'Attach a file system policy that grants elasticfilesystem:ClientMount (and ClientWrite or ClientRootAccess only where needed) to the roles of this account that use the file system, or add a condition such as aws:PrincipalOrgID or aws:SourceVpc to statements open to every principal; mount with IAM authorization (the efs-utils "iam" mount option).',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
    cli: 'aws efs put-file-system-policy --file-system-id <fs-id> --policy file://efs-policy.json',
    terraform:
      'resource "aws_efs_file_system_policy" "example" {\n  file_system_id = aws_efs_file_system.example.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = aws_iam_role.app.arn }\n      Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]\n      Resource  = aws_efs_file_system.example.arn\n    }]\n  })\n}',
    nativeIaC:
      'FileSystem:\n  Type: AWS::EFS::FileSystem\n  Properties:\n    Encrypted: true\n    FileSystemPolicy:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal:\n            AWS: !GetAtt AppRole.Arn\n          Action:\n            - elasticfilesystem:ClientMount\n            - elasticfilesystem:ClientWrite',
  },
  uses: [fileSystems, fileSystemPolicies],
  run(ctx) {
    for (const { region, item: f, entry } of listedWith(ctx, fileSystems, fileSystemPolicies, 'EFS file systems')) {
      const resource = fsResource(f, region);
      if (entry.ok && entry.data === null) {
        ctx.fail(resource, `${fsLabel(f)} has no file system policy, so AWS's default grants full access to any client that can reach one of its mount targets.`);
        continue;
      }
      judgePolicy(ctx, { resource, label: fsLabel(f), policyName: 'file system policy', operation: fileSystemPolicies.operation }, entry);
    }
  },
});

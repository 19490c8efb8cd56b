import { defineCheck } from '../../../core/check.js';
import { fileSystems } from '../collectors.js';

export default defineCheck({
  id: 'efs_encryption_at_rest_enabled',
  title: 'EFS file systems are encrypted at rest',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsFileSystem',
  categories: ['encryption'],
  description: 'Reports whether each Amazon EFS file system was created with encryption at rest under a KMS key.',
  risk: 'Files on an unencrypted file system, and in its backups, are not protected by KMS key policies, so access to the underlying storage exposes them and key-based access control and auditing are unavailable.',
  remediation: {
    text: 'Encryption at rest can only be chosen when a file system is created: create an encrypted file system, copy the data across (for example with AWS DataSync) and switch clients to it.',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
    cli: 'aws efs create-file-system --encrypted --kms-key-id <kms-key-arn> --tags Key=Name,Value=<name>',
    terraform: 'resource "aws_efs_file_system" "example" {\n  encrypted  = true\n  kms_key_id = aws_kms_key.efs.arn\n}',
    nativeIaC:
      'Resources:\n  FileSystem:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: true\n      KmsKeyId: <kms-key-arn>',
  },
  uses: [fileSystems],
  run(ctx) {
    for (const { region, result } of ctx.regional(fileSystems)) {
      if (!result.ok) {
        ctx.error(ctx.accountResource(region), result.error);
        continue;
      }
      for (const f of result.data) {
        const label = f.name ? `${f.id} (${f.name})` : f.id;
        const resource = { arn: f.arn, id: f.id, name: f.name, region, tags: f.tags };
        if (f.encrypted) ctx.pass(resource, `EFS file system ${label} is encrypted at rest.`);
        else ctx.fail(resource, `EFS file system ${label} is not encrypted at rest.`);
      }
    }
  },
});

import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../core/types.js';
import { listedWith } from '../../../lib/resource-policy.js';
import { backupPolicies, fileSystems } from '../collectors.js';
import { fsLabel, fsResource } from '../shared.js';

export default defineCheck({
  id: 'efs_have_backup_enabled',
  title: 'EFS file systems have automatic backups turned on',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsFileSystem',
  categories: ['resilience'],
  description:
    "Reads each file system's EFS backup policy (DescribeBackupPolicy). ENABLED passes, and so does ENABLING (being turned on); DISABLED, DISABLING, or no backup policy at all fails. This is EFS's own automatic backup setting, which puts the file system in the AWS Backup default plan; a file system protected only by a custom AWS Backup plan reports FAIL here.",
  risk: 'Without backups, files deleted or overwritten by mistake, by a faulty deployment or by ransomware cannot be recovered, since EFS itself keeps no earlier versions of files.',
  remediation: {
    text: 'Turn on automatic backups for the file system (or protect it with an AWS Backup plan of your own and mute this finding).',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
    cli: 'aws efs put-backup-policy --file-system-id <fs-id> --backup-policy Status=ENABLED',
    terraform: 'resource "aws_efs_backup_policy" "example" {\n  file_system_id = aws_efs_file_system.example.id\n  backup_policy {\n    status = "ENABLED"\n  }\n}',
    nativeIaC: 'FileSystem:\n  Type: AWS::EFS::FileSystem\n  Properties:\n    Encrypted: true\n    BackupPolicy:\n      Status: ENABLED',
  },
  uses: [fileSystems, backupPolicies],
  run(ctx) {
    for (const { region, item: f, entry } of listedWith(ctx, fileSystems, backupPolicies, 'EFS file systems')) {
      const resource = fsResource(f, region);
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not read the backup policy of ${fsLabel(f)}: ${describeCallError(entry.error)}.`);
      } else if (entry.data === 'ENABLED' || entry.data === 'ENABLING') {
        ctx.pass(resource, `${fsLabel(f)} has automatic backups ${entry.data === 'ENABLED' ? 'enabled' : 'being enabled'}.`);
      } else if (entry.data === null) {
        ctx.fail(resource, `${fsLabel(f)} has no backup policy, so it is not backed up automatically.`);
      } else {
        ctx.fail(resource, `${fsLabel(f)} has automatic backups ${entry.data === 'DISABLING' ? 'being disabled' : 'disabled'}.`);
      }
    }
  },
});

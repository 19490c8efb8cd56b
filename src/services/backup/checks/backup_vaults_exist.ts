import { defineCheck } from '../../../core/check.js';
import { vaults } from '../collectors.js';
import { regionList } from '../regions.js';

export default defineCheck({
  id: 'backup_vaults_exist',
  title: 'An AWS Backup vault exists in each region',
  service: 'backup',
  severity: 'low',
  resourceType: 'AwsBackupBackupVault',
  categories: ['resilience'],
  description:
    'Lists the AWS Backup vaults of every scanned region and passes a region that has at least one. Vaults are regional: a backup plan can only store recovery points in a vault of its own region.',
  risk: 'Without a vault in a region, no AWS Backup plan can run there, so the region\'s databases, volumes and file systems have no centrally managed, retention-controlled backups.',
  remediation: {
    text: 'Create a backup vault (preferably encrypted with a customer managed KMS key) in every region that holds data, and point backup plans at it.',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault.html',
    cli: 'aws backup create-backup-vault --backup-vault-name main --encryption-key-arn <kms-key-arn>',
    nativeIaC: 'Resources:\n  MainVault:\n    Type: AWS::Backup::BackupVault\n    Properties:\n      BackupVaultName: main\n      EncryptionKeyArn: !GetAtt BackupKey.Arn',
    terraform: 'resource "aws_backup_vault" "main" {\n  name        = "main"\n  kms_key_arn = aws_kms_key.backup.arn\n}',
  },
  uses: [vaults],
  run(ctx) {
    for (const { region, result } of ctx.regional(vaults)) {
      const list = regionList(ctx, region, result, 'AWS Backup vaults');
      if (!list) continue;
      if (!list.length) {
        ctx.fail(ctx.accountResource(region), `No AWS Backup vault exists in ${region}.`);
        continue;
      }
      const first = list[0];
      ctx.pass(
        { arn: first.arn, id: first.name, name: first.name, region },
        `${list.length} AWS Backup vault(s) exist in ${region}: ${list.map((v) => v.name).slice(0, 5).join(', ')}${list.length > 5 ? ', ...' : ''}.`,
      );
    }
  },
});

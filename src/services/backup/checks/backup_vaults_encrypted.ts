import { defineCheck } from '../../../core/check.js';
import { vaults } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'backup_vaults_encrypted',
  title: 'AWS Backup vaults are encrypted with a KMS key',
  service: 'backup',
  severity: 'medium',
  resourceType: 'AwsBackupBackupVault',
  categories: ['encryption'],
  description:
    'Passes each backup vault that reports the KMS key encrypting its recovery points, and says whether that key is customer managed. A vault that reports no key (an AWS owned key, as logically air-gapped vaults may use) fails: its encryption cannot be controlled, audited or revoked in this account.',
  risk: 'Backups hold a full copy of the data. Without a KMS key the account controls, access to the backups cannot be restricted or audited through key policies and CloudTrail key usage.',
  remediation: {
    text: 'Create vaults with a customer managed KMS key and move backup plans to them (a vault\'s key cannot be changed after creation).',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html',
    cli: 'aws backup create-backup-vault --backup-vault-name encrypted --encryption-key-arn <kms-key-arn>',
    nativeIaC: 'Resources:\n  EncryptedVault:\n    Type: AWS::Backup::BackupVault\n    Properties:\n      BackupVaultName: encrypted\n      EncryptionKeyArn: !GetAtt BackupKey.Arn',
    terraform: 'resource "aws_backup_vault" "encrypted" {\n  name        = "encrypted"\n  kms_key_arn = aws_kms_key.backup.arn\n}',
  },
  uses: [vaults],
  run(ctx) {
    eachListed(ctx, vaults, 'AWS Backup vaults', (v, resource) => {
      if (!v.encryptionKeyArn) {
        ctx.fail(resource, `Backup vault ${v.name} reports no KMS key of this account encrypting its backups${v.encryptionKeyType ? ` (${v.encryptionKeyType})` : ''}.`);
        return;
      }
      const kind = v.encryptionKeyType === 'CUSTOMER_MANAGED_KMS_KEY' ? 'customer managed ' : '';
      ctx.pass(resource, `Backup vault ${v.name} is encrypted with ${kind}KMS key ${v.encryptionKeyArn}.`);
    });
  },
});

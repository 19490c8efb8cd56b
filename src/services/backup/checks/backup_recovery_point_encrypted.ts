import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { recoveryPoints, vaults } from '../collectors.js';
import { listedWith } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'backup_recovery_point_encrypted',
  title: 'AWS Backup recovery points are encrypted',
  service: 'backup',
  severity: 'medium',
  resourceType: 'AwsBackupRecoveryPoint',
  categories: ['encryption'],
  description:
    'Lists the recovery points of every backup vault and fails each one AWS Backup reports as not encrypted. Recovery points of resource types AWS Backup does not fully manage (an EBS snapshot, an RDS snapshot) keep the encryption of their source, so an unencrypted source yields an unencrypted backup whatever the vault key.',
  risk: 'An unencrypted recovery point is a full, readable copy of the data: anyone who can restore or share it reads the data without needing a KMS key grant.',
  remediation: {
    text: 'Encrypt the source resource (an encrypted copy of a volume or database), back it up again, and delete the unencrypted recovery points once the encrypted ones exist. Copying a recovery point to a vault with a KMS key also produces an encrypted copy.',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html',
    cli: 'aws backup start-copy-job --recovery-point-arn <recovery-point-arn> --source-backup-vault-name <vault> --destination-backup-vault-arn <encrypted-vault-arn> --iam-role-arn <role-arn>',
    nativeIaC: 'Resources:\n  EncryptedVolume:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: <az>\n      Size: 100\n      Encrypted: true\n      KmsKeyId: !Ref DataKey',
    terraform: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "<az>"\n  size              = 100\n  encrypted         = true\n  kms_key_id        = aws_kms_key.data.arn\n}',
  },
  uses: [vaults, recoveryPoints],
  run(ctx) {
    for (const { region, item: vault, entry } of listedWith(ctx, vaults, recoveryPoints, 'AWS Backup vaults')) {
      if (!entry.ok) {
        ctx.error({ arn: vault.arn, id: vault.name, name: vault.name, region }, entry.error, `Could not list the recovery points of backup vault ${vault.name}: ${describeCallError(entry.error)}.`);
        continue;
      }
      for (const p of entry.data) {
        const resource = { arn: p.arn, id: p.id, region, details: { vault: vault.name, ...(p.resourceArn ? { source: p.resourceArn } : {}) } };
        const what = `Recovery point ${p.id} in vault ${vault.name}${p.resourceArn ? ` (of ${p.resourceArn})` : ''}`;
        if (p.encrypted) ctx.pass(resource, `${what} is encrypted${p.encryptionKeyArn ? ` with KMS key ${p.encryptionKeyArn}` : ''}.`);
        else ctx.fail(resource, `${what} is not encrypted.`);
      }
    }
  },
});

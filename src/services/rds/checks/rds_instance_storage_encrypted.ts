import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_storage_encrypted',
  title: 'RDS DB instances encrypt their storage at rest',
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbInstance',
  categories: ['encryption'],
  description:
    'Looks at every RDS DB instance (Aurora members included) and reports whether its storage, automated backups, snapshots and read replicas are encrypted with a KMS key.',
  risk: 'Unencrypted database volumes and snapshots can be read by anyone who obtains a copy of the storage or a shared snapshot, outside the control of KMS key policies and their audit trail.',
  remediation: {
    text: 'Encryption cannot be switched on for an existing instance: take a snapshot, copy it with encryption under a KMS key, restore a new instance from the encrypted copy and move clients to it. Create new instances with storage encryption enabled.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id <kms-key-arn>',
    terraform: 'resource "aws_db_instance" "example" {\n  # ...\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.rds.arn\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      DBSnapshotIdentifier: <encrypted-snapshot-copy-arn>\n      StorageEncrypted: true\n      KmsKeyId: <kms-key-arn>',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (i, resource) => {
      if (i.storageEncrypted) ctx.pass(resource, `RDS instance ${i.id} (${i.engine}) has encrypted storage.`);
      else ctx.fail(resource, `RDS instance ${i.id} (${i.engine}) does not encrypt its storage at rest.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachCluster } from '../instances.js';

export default defineCheck({
  id: 'rds_cluster_storage_encrypted',
  title: "RDS DB clusters encrypt their storage",
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbCluster',
  categories: ["encryption"],
  description:
    "Passes each DB cluster whose storage, automated backups and snapshots are encrypted at rest with KMS.",
  risk: "Unencrypted storage and snapshots expose the data to anyone who obtains a copy of them, and encryption cannot be added in place later.",
  remediation: {
    text: "Encryption cannot be enabled on an existing cluster: restore an encrypted copy of a snapshot into a new, encrypted cluster and switch over.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html",
    cli: "aws rds restore-db-cluster-from-snapshot --db-cluster-identifier <new> --snapshot-identifier <snapshot> --engine <engine> --kms-key-id <key>",
    terraform:
      'resource "aws_rds_cluster" "this" {\n  cluster_identifier  = "<cluster-id>"\n  engine              = "<engine>"\n  snapshot_identifier = "<snapshot-arn>"\n  storage_encrypted   = true\n  kms_key_id          = "<kms-key-arn>"\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: <engine>\n      SnapshotIdentifier: <snapshot-arn>\n      StorageEncrypted: true\n      KmsKeyId: <kms-key-arn>',
  },
  uses: [clusters],
  run(ctx) {
    eachCluster(ctx, (x, resource) => {
      const L = `RDS cluster ${x.id} (${x.engine})`;
      if (x.storageEncrypted) ctx.pass(resource, `${L} encrypts its storage.`);
      else ctx.fail(resource, `${L} does not encrypt its storage.`);
    });
  },
});

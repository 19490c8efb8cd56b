import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'neptune_cluster_storage_encrypted',
  title: "Neptune clusters encrypt their storage",
  service: 'neptune',
  severity: 'high',
  resourceType: 'Other',
  categories: ["encryption"],
  description:
    "Passes each Neptune cluster whose storage (and so its backups and snapshots) is encrypted with KMS.",
  risk: "Unencrypted storage and snapshots expose the data to whoever obtains a copy; encryption cannot be added in place later.",
  remediation: {
    text: "Encryption is chosen at creation: restore a snapshot into a new cluster with storage encryption and a KMS key, then switch over.",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
    cli: "aws neptune restore-db-cluster-from-snapshot --db-cluster-identifier <new> --snapshot-identifier <snapshot> --engine neptune --kms-key-id <key>",
    terraform:
      'resource "aws_neptune_cluster" "this" {\n  cluster_identifier  = "<cluster-id>"\n  snapshot_identifier = "<snapshot-arn>"\n  storage_encrypted   = true\n  kms_key_arn         = "<kms-key-arn>"\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Neptune::DBCluster\n    Properties:\n      SnapshotIdentifier: <snapshot-arn>\n      StorageEncrypted: true\n      KmsKeyId: <kms-key-arn>',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Neptune clusters", (x, resource) => {
      const L = `Neptune cluster ${x.id}`;
      if (x.storageEncrypted) ctx.pass(resource, `${L} encrypts its storage.`);
      else ctx.fail(resource, `${L} does not encrypt its storage.`);
    });
  },
});

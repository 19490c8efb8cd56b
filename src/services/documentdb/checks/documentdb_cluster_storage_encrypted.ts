import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'documentdb_cluster_storage_encrypted',
  title: "DocumentDB clusters encrypt their storage",
  service: 'documentdb',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["encryption"],
  description:
    "Passes each DocumentDB cluster whose storage (and so its backups and snapshots) is encrypted with KMS.",
  risk: "Unencrypted storage and snapshots expose the data to whoever obtains a copy; encryption cannot be added in place later.",
  remediation: {
    text: "Encryption is chosen at creation: restore a snapshot into a new cluster with storage encryption and a KMS key, then switch over.",
    url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
    cli: "aws docdb restore-db-cluster-from-snapshot --db-cluster-identifier <new> --snapshot-identifier <snapshot> --engine docdb --kms-key-id <key>",
    terraform:
      'resource "aws_docdb_cluster" "this" {\n  cluster_identifier  = "<cluster-id>"\n  snapshot_identifier = "<snapshot-arn>"\n  storage_encrypted   = true\n  kms_key_id          = "<kms-key-arn>"\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::DocDB::DBCluster\n    Properties:\n      SnapshotIdentifier: <snapshot-arn>\n      StorageEncrypted: true\n      KmsKeyId: <kms-key-arn>',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "DocumentDB clusters", (x, resource) => {
      const L = `DocumentDB cluster ${x.id}`;
      if (x.storageEncrypted) ctx.pass(resource, `${L} encrypts its storage.`);
      else ctx.fail(resource, `${L} does not encrypt its storage.`);
    });
  },
});

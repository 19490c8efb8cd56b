import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { fileShares } from '../collectors.js';

export default defineCheck({
  id: 'storagegateway_fileshare_encryption_enabled',
  title: 'Storage Gateway file shares encrypt objects with a KMS key',
  service: 'storagegateway',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['encryption'],
  description:
    'Passes each NFS and SMB file share of an S3 File Gateway that writes its objects to S3 encrypted with an AWS KMS key (SseKms or DsseKms); ' +
    'shares left on S3-managed keys (SseS3) fail.',
  risk: 'With S3-managed keys anyone allowed to read the bucket reads the files: there is no key policy to limit decryption, and no key usage trail in CloudTrail.',
  remediation: {
    text: 'Set the file share encryption to SseKms (or DsseKms) with a customer managed KMS key whose policy admits only the gateway role and the readers that need it.',
    url: 'https://docs.aws.amazon.com/filegateway/latest/files3/encrypt-objects-stored-by-file-gateway-in-amazon-s3.html',
    cli: 'aws storagegateway update-nfs-file-share --file-share-arn <share-arn> --encryption-type SseKms --kms-key <key-arn>  # update-smb-file-share for SMB shares',
    terraform: 'resource "aws_storagegateway_nfs_file_share" "share" {\n  # ...\n  kms_encrypted = true\n  kms_key_arn   = aws_kms_key.share.arn\n}',
  },
  uses: [fileShares],
  run(ctx) {
    eachListed(ctx, fileShares, 'Storage Gateway file shares', (f, resource) => {
      const L = `Storage Gateway ${f.protocol} file share ${f.id}`;
      if (!f.encryption.ok) return ctx.error(resource, f.encryption.error, `Could not read the encryption of ${L}: ${f.encryption.error.operation} failed (${f.encryption.error.code}).`);
      const e = f.encryption.data;
      if (e.encryptionType === 'SseKms' || e.encryptionType === 'DsseKms') ctx.pass(resource, `${L} encrypts objects with KMS (${e.encryptionType}${e.kmsKey ? `, key ${e.kmsKey}` : ''}).`);
      else ctx.fail(resource, `${L} encrypts objects only with S3-managed keys (${e.encryptionType}).`);
    });
  },
});

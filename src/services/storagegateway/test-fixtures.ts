/** Test-only builders: a compliant Storage Gateway gateway and file share, changed field by field. */
import type { FileShare, Gateway } from './collectors.js';

export const makeGateway = (id: string, o: Partial<Gateway> = {}): Gateway => ({
  id,
  arn: `arn:aws:storagegateway:us-east-1:123456789012:gateway/${id}`,
  type: 'FILE_S3',
  hostEnvironment: 'VMWARE',
  ...o,
});

export const makeFileShare = (id: string, o: Partial<FileShare> = {}): FileShare => ({
  id,
  arn: `arn:aws:storagegateway:us-east-1:123456789012:share/${id}`,
  protocol: 'NFS',
  gatewayArn: 'arn:aws:storagegateway:us-east-1:123456789012:gateway/sgw-1',
  encryption: { ok: true, data: { encryptionType: 'SseKms', kmsKey: 'arn:aws:kms:us-east-1:123456789012:key/k' } },
  ...o,
});

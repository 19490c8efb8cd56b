import { describe, expect, it } from 'vitest';
import {
  DescribeNFSFileSharesCommand,
  DescribeSMBFileSharesCommand,
  ListFileSharesCommand,
  ListGatewaysCommand,
  StorageGatewayClient,
} from '@aws-sdk/client-storage-gateway';
import { mockClient } from 'aws-sdk-client-mock';
import type { Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { fileShares, gateways } from './collectors.js';

const NOWHERE = { endpoint: 'http://127.0.0.1:9' } as Moto;
const arn = (id: string) => `arn:aws:storagegateway:us-east-1:123456789012:share/${id}`;

describe('storagegateway collectors (aws-sdk-client-mock: moto lacks storagegateway)', () => {
  it('lists gateways with their host environment, across pages', async () => {
    const mock = mockClient(StorageGatewayClient);
    try {
      mock
        .on(ListGatewaysCommand, { Marker: undefined, Limit: 100 })
        .resolves({ Gateways: [{ GatewayId: 'sgw-1', GatewayARN: 'arn:aws:storagegateway:us-east-1:123456789012:gateway/sgw-1', GatewayName: 'office', HostEnvironment: 'VMWARE', GatewayType: 'FILE_S3' }], Marker: 'm' })
        .on(ListGatewaysCommand, { Marker: 'm', Limit: 100 })
        .resolves({ Gateways: [{ GatewayARN: 'arn:aws:storagegateway:us-east-1:123456789012:gateway/sgw-2', HostEnvironment: 'EC2', Ec2InstanceId: 'i-1' }] });
      const inv = await collectFromMoto(NOWHERE, [gateways]);
      expect(inv.get(gateways)).toMatchObject({
        ok: true,
        data: [
          { id: 'sgw-1', name: 'office', hostEnvironment: 'VMWARE', type: 'FILE_S3' },
          { id: 'sgw-2', hostEnvironment: 'EC2', ec2InstanceId: 'i-1' },
        ],
      });
    } finally {
      mock.restore();
    }
  });

  it('describes NFS and SMB shares in batches of ten, keeping a failed batch as the error of its shares only', async () => {
    const mock = mockClient(StorageGatewayClient);
    try {
      const nfs = Array.from({ length: 12 }, (_, i) => `share-n${i}`);
      mock.on(ListFileSharesCommand).resolves({
        FileShareInfoList: [...nfs.map((id) => ({ FileShareId: id, FileShareARN: arn(id), FileShareType: 'NFS' as const })), { FileShareId: 'share-s', FileShareARN: arn('share-s'), FileShareType: 'SMB' as const }],
      });
      mock.on(DescribeNFSFileSharesCommand).callsFake((input: { FileShareARNList: string[] }) => ({
        NFSFileShareInfoList: input.FileShareARNList.map((a, i) => ({ FileShareARN: a, ...(i % 2 ? { EncryptionType: 'SseS3' } : { KMSEncrypted: true, KMSKey: 'k' }) })),
      }));
      mock.on(DescribeSMBFileSharesCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto(NOWHERE, [fileShares]);
      const r = inv.get(fileShares);
      expect(r.ok).toBe(true);
      const byId = Object.fromEntries((r.ok ? r.data : []).map((f) => [f.id, f.encryption]));
      expect(byId['share-n0']).toEqual({ ok: true, data: { encryptionType: 'SseKms', kmsKey: 'k' } });
      expect(byId['share-n1']).toEqual({ ok: true, data: { encryptionType: 'SseS3' } });
      expect(byId['share-n11']).toMatchObject({ ok: true });
      expect(byId['share-s']).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'storagegateway:DescribeSMBFileShares' } });
      expect(mock.commandCalls(DescribeNFSFileSharesCommand).map((c) => c.args[0].input.FileShareARNList?.length)).toEqual([10, 2]);
    } finally {
      mock.restore();
    }
  });

  it('records a denied listing as the fact error', async () => {
    const mock = mockClient(StorageGatewayClient);
    try {
      mock.on(ListFileSharesCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto(NOWHERE, [fileShares]);
      expect(inv.get(fileShares)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'storagegateway:ListFileShares' } });
    } finally {
      mock.restore();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateFileSystemCommand, DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { fileSystems } from './collectors.js';

describe('efs collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists file systems with their encryption in each region', async () => {
    const east = new EFSClient(moto.config('us-east-1'));
    const west = new EFSClient(moto.config('eu-west-1'));
    const a = await east.send(new CreateFileSystemCommand({ CreationToken: 'a', Encrypted: true, Tags: [{ Key: 'Name', Value: 'home' }] }));
    const b = await west.send(new CreateFileSystemCommand({ CreationToken: 'b', Encrypted: false }));
    const inv = await collectFromMoto(moto, [fileSystems], ['us-east-1', 'eu-west-1']);
    expect(inv.get(fileSystems, 'us-east-1')).toMatchObject({
      ok: true,
      data: [{ id: a.FileSystemId, name: 'home', encrypted: true, tags: { Name: 'home' } }],
    });
    const w = inv.get(fileSystems, 'eu-west-1');
    expect(w.ok && w.data.map((f) => [f.id, f.encrypted])).toEqual([[b.FileSystemId, false]]);
    expect(w.ok && w.data[0].arn).toMatch(/^arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system\/fs-/);
  });
});

describe('efs collectors errors (aws-sdk-client-mock)', () => {
  it('records AccessDenied as the fact error', async () => {
    const mock = mockClient(EFSClient);
    try {
      mock.on(DescribeFileSystemsCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [fileSystems]);
      expect(inv.get(fileSystems)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'elasticfilesystem:DescribeFileSystems' } });
    } finally {
      mock.restore();
    }
  });
});

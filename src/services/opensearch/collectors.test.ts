import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateDomainCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { domains } from './collectors.js';

describe('opensearch collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('describes every domain (in batches of five) with its security settings', async () => {
    const client = new OpenSearchClient(moto.config('us-east-1'));
    for (let i = 0; i < 6; i++) await client.send(new CreateDomainCommand({ DomainName: `plain-${i}` }));
    await client.send(
      new CreateDomainCommand({
        DomainName: 'secure',
        EncryptionAtRestOptions: { Enabled: true },
        NodeToNodeEncryptionOptions: { Enabled: true },
        DomainEndpointOptions: { EnforceHTTPS: true },
        ClusterConfig: { InstanceCount: 3, ZoneAwarenessEnabled: true, DedicatedMasterEnabled: true, DedicatedMasterCount: 3 },
        AccessPolicies: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*' }] }),
      }),
    );
    const inv = await collectFromMoto(moto, [domains]);
    const r = inv.get(domains);
    expect(r.ok && r.data).toHaveLength(7);
    const secure = r.ok ? r.data.find((d) => d.name === 'secure') : undefined;
    expect(secure).toMatchObject({ encryptionAtRest: true, nodeToNode: true, enforceHttps: true, instanceCount: 3, zoneAwareness: true, dedicatedMasterCount: 3 });
    expect(secure?.accessPolicy).toContain('es:*');
    expect(secure?.arn).toMatch(/^arn:aws:es:us-east-1:123456789012:domain\/secure$/);
    const plain = r.ok ? r.data.find((d) => d.name === 'plain-0') : undefined;
    expect(plain).toMatchObject({ encryptionAtRest: false, nodeToNode: false });
  });
});

describe('opensearch collectors errors (aws-sdk-client-mock)', () => {
  it('records a denied ListDomainNames as the fact error', async () => {
    const mock = mockClient(OpenSearchClient);
    try {
      mock.on(ListDomainNamesCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [domains]);
      expect(inv.get(domains)).toMatchObject({ ok: false, error: { kind: 'AccessDenied' } });
    } finally {
      mock.restore();
    }
  });
});

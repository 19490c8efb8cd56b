import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { clusterList, clusters } from './collectors.js';

describe('eks collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists clusters and describes endpoint access, secrets encryption, logging and version', async () => {
    const eks = new EKSClient(moto.config());
    await eks.send(
      new CreateClusterCommand({
        name: 'prod',
        version: '1.29',
        roleArn: 'arn:aws:iam::123456789012:role/eks',
        resourcesVpcConfig: { subnetIds: ['subnet-1'], endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] },
        encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: 'arn:aws:kms:us-east-1:123456789012:key/k1' } }],
        logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }, { types: ['scheduler'], enabled: false }] },
      }),
    );
    const inv = await collectFromMoto(moto, [clusterList, clusters]);
    const arn = 'arn:aws:eks:us-east-1:123456789012:cluster/prod';
    expect(inv.get(clusterList)).toEqual({ ok: true, data: [{ name: 'prod', arn }] });
    const described = inv.get(clusters);
    expect(described.ok && described.data[arn]).toMatchObject({
      ok: true,
      data: {
        name: 'prod',
        version: '1.29',
        endpointPublicAccess: true,
        endpointPrivateAccess: false,
        publicAccessCidrs: ['0.0.0.0/0'],
        secretsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k1',
        enabledLogTypes: ['api', 'audit'],
      },
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateClusterCommand, DescribeAddonCommand, DescribeClusterCommand, EKSClient, ListAddonsCommand, ListClustersCommand } from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { clusterAddons, clusterList, clusters } from './collectors.js';

let moto: Moto;
beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => moto?.stop());

describe('eks collectors against moto', () => {

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

describe('eks add-ons (aws-sdk-client-mock: moto lacks ListAddons and DescribeAddon)', () => {

  it('lists each cluster\'s add-ons and keeps only the VPC CNI network policy flag, from JSON or YAML configuration', async () => {
    const mock = mockClient(EKSClient);
    mock.on(ListClustersCommand).resolves({ clusters: ['json', 'yaml', 'none', 'nocni'] });
    mock.on(ListAddonsCommand).callsFake(async (input: { clusterName: string; nextToken?: string }) =>
      input.clusterName === 'nocni' ? { addons: ['coredns'] } : input.nextToken ? { addons: ['vpc-cni'] } : { addons: ['kube-proxy'], nextToken: 'p2' },
    );
    const values: Record<string, string | undefined> = { json: '{"enableNetworkPolicy":"true","env":{"SECRET_THING":"x"}}', yaml: 'enableNetworkPolicy: true\n', none: undefined };
    mock.on(DescribeAddonCommand).callsFake(async (input: { clusterName: string }) => ({ addon: { addonName: 'vpc-cni', addonVersion: 'v1.19.0', configurationValues: values[input.clusterName] } }));
    try {
      const inv = await collectFromMoto(moto, [clusterList, clusterAddons]);
      const r = inv.get(clusterAddons);
      const arn = (n: string) => `arn:aws:eks:us-east-1:123456789012:cluster/${n}`;
      expect(r.ok && r.data[arn('json')]).toEqual({ ok: true, data: { names: ['kube-proxy', 'vpc-cni'], vpcCni: { version: 'v1.19.0', networkPolicy: true } } });
      expect(r.ok && r.data[arn('yaml')]).toMatchObject({ ok: true, data: { vpcCni: { networkPolicy: true } } });
      expect(r.ok && r.data[arn('none')]).toMatchObject({ ok: true, data: { vpcCni: { networkPolicy: false } } });
      expect(r.ok && r.data[arn('nocni')]).toEqual({ ok: true, data: { names: ['coredns'] } });
      // Only the flag is kept: the rest of the configuration never reaches the inventory.
      expect(JSON.stringify(r)).not.toContain('SECRET_THING');
      expect(mock.commandCalls(DescribeAddonCommand).map((c) => c.args[0].input.clusterName).sort()).toEqual(['json', 'none', 'yaml']);
    } finally {
      mock.restore();
    }
  });

  it('reads Auto Mode from DescribeCluster', async () => {
    const mock = mockClient(EKSClient);
    mock.on(ListClustersCommand).resolves({ clusters: ['auto'] });
    mock.on(DescribeClusterCommand).resolves({ cluster: { name: 'auto', computeConfig: { enabled: true } } });
    try {
      const inv = await collectFromMoto(moto, [clusterList, clusters]);
      const r = inv.get(clusters);
      expect(r.ok && r.data['arn:aws:eks:us-east-1:123456789012:cluster/auto']).toMatchObject({ ok: true, data: { autoMode: true } });
    } finally {
      mock.restore();
    }
  });
});

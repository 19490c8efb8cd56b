import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateRepositoryCommand, ECRClient, PutLifecyclePolicyCommand, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { lifecyclePolicies, registryScanning, repositories, repositoryPolicies } from './collectors.js';

describe('ecr collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('collects repositories, their policies (null when none) and the registry scanning configuration', async () => {
    const ecr = new ECRClient(moto.config());
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: 'IMMUTABLE' }));
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'plain' }));
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'pull', Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }] });
    await ecr.send(new SetRepositoryPolicyCommand({ repositoryName: 'app', policyText: policy }));
    await ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'app', lifecyclePolicyText: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }, action: { type: 'expire' } }] }) }));

    const inv = await collectFromMoto(moto, [repositories, repositoryPolicies, lifecyclePolicies, registryScanning]);
    const repos = inv.get(repositories);
    expect(repos.ok && [...repos.data].sort((a, b) => a.name.localeCompare(b.name))).toMatchObject([
      { name: 'app', scanOnPush: true, tagMutability: 'IMMUTABLE' },
      { name: 'plain', scanOnPush: false, tagMutability: 'MUTABLE' },
    ]);
    const arn = (n: string) => `arn:aws:ecr:us-east-1:123456789012:repository/${n}`;
    const policies = inv.get(repositoryPolicies);
    expect(policies.ok && JSON.parse((policies.data[arn('app')] as { data: string }).data).Statement[0].Sid).toBe('pull');
    expect(policies.ok && policies.data[arn('plain')]).toEqual({ ok: true, data: null });
    const lifecycle = inv.get(lifecyclePolicies);
    expect(lifecycle.ok && lifecycle.data[arn('app')].ok && typeof (lifecycle.data[arn('app')] as { data: string }).data).toBe('string');
    expect(lifecycle.ok && lifecycle.data[arn('plain')]).toEqual({ ok: true, data: null });
    expect(inv.get(registryScanning)).toMatchObject({ ok: true, data: { rules: [] } });
  });
});

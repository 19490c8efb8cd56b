import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateVaultCommand, GetVaultAccessPolicyCommand, GlacierClient, ListVaultsCommand } from '@aws-sdk/client-glacier';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { vaultPolicies, vaults } from './collectors.js';

const arn = (name: string) => `arn:aws:glacier:us-east-1:123456789012:vaults/${name}`;
const err = (name: string) => Object.assign(new Error(name), { name });

describe('glacier collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists the vaults of each region', async () => {
    await new GlacierClient(moto.config('us-east-1')).send(new CreateVaultCommand({ accountId: '-', vaultName: 'archive-a' }));
    await new GlacierClient(moto.config('us-east-1')).send(new CreateVaultCommand({ accountId: '-', vaultName: 'archive-b' }));
    await new GlacierClient(moto.config('eu-west-1')).send(new CreateVaultCommand({ accountId: '-', vaultName: 'eu-archive' }));
    const inv = await collectFromMoto(moto, [vaults], ['us-east-1', 'eu-west-1']);
    expect(inv.get(vaults, 'us-east-1')).toEqual({
      ok: true,
      data: [
        { name: 'archive-a', arn: arn('archive-a') },
        { name: 'archive-b', arn: arn('archive-b') },
      ],
    });
    expect(inv.get(vaults, 'eu-west-1')).toEqual({
      ok: true,
      data: [{ name: 'eu-archive', arn: 'arn:aws:glacier:eu-west-1:123456789012:vaults/eu-archive' }],
    });
  });

  it('reads each vault access policy: text, none, or a per-vault error (aws-sdk-client-mock: moto lacks GetVaultAccessPolicy)', async () => {
    const mock = mockClient(GlacierClient);
    try {
      mock.on(ListVaultsCommand).resolves({
        VaultList: ['open', 'none', 'denied'].map((n) => ({ VaultName: n, VaultARN: arn(n) })),
      });
      mock
        .on(GetVaultAccessPolicyCommand, { vaultName: 'open' })
        .resolves({ policy: { Policy: '{"Statement":[]}' } })
        .on(GetVaultAccessPolicyCommand, { vaultName: 'none' })
        .rejects(err('ResourceNotFoundException'))
        .on(GetVaultAccessPolicyCommand, { vaultName: 'denied' })
        .rejects(err('AccessDeniedException'));
      const inv = await collectFromMoto(moto, [vaults, vaultPolicies]);
      const policies = inv.get(vaultPolicies);
      if (!policies.ok) throw new Error('expected data');
      expect(policies.data[arn('open')]).toEqual({ ok: true, data: '{"Statement":[]}' });
      expect(policies.data[arn('none')]).toEqual({ ok: true, data: null });
      expect(policies.data[arn('denied')]).toMatchObject({
        ok: false,
        error: { kind: 'AccessDenied', operation: 'glacier:GetVaultAccessPolicy' },
      });
    } finally {
      mock.restore();
    }
  });

  it('fails the policy fact with the listing error when vaults cannot be listed (aws-sdk-client-mock)', async () => {
    const mock = mockClient(GlacierClient);
    try {
      mock.on(ListVaultsCommand).rejects(err('AccessDeniedException'));
      const inv = await collectFromMoto(moto, [vaults, vaultPolicies]);
      expect(inv.get(vaults)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'glacier:ListVaults' } });
      expect(inv.get(vaultPolicies)).toMatchObject({ ok: false, error: { kind: 'AccessDenied' } });
    } finally {
      mock.restore();
    }
  });
});

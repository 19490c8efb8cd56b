/**
 * Glacier collectors: the vaults of a region (ListVaults) and, as a separate fact, each vault's access
 * policy (GetVaultAccessPolicy per vault).
 */
import { defineFact } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';
import type { Result } from '../../core/types.js';

export interface Vault {
  name: string;
  arn: string;
}

export const vaults = defineFact<Vault[]>({
  id: 'glacier.vaults',
  service: 'glacier',
  scope: 'regional',
  operation: 'glacier:ListVaults',
  async collect(ctx) {
    const { paginateListVaults } = await import('@aws-sdk/client-glacier');
    const glacier = await ctx.client('glacier');
    const out: Vault[] = [];
    // ListVaults returns at most 10 vaults per page.
    for await (const page of paginateListVaults({ client: glacier, pageSize: 10 }, { accountId: '-' })) {
      for (const v of page.VaultList ?? []) {
        if (v.VaultName && v.VaultARN) out.push({ name: v.VaultName, arn: v.VaultARN });
      }
    }
    return out;
  },
});

/** Access policy (JSON text) per vault ARN; null when the vault has none. */
export const vaultPolicies = defineFact<Record<string, Result<string | null>>>({
  id: 'glacier.vaultPolicies',
  service: 'glacier',
  scope: 'regional',
  operation: 'glacier:GetVaultAccessPolicy',
  async collect(ctx) {
    const list = await ctx.need(vaults);
    const { GetVaultAccessPolicyCommand } = await import('@aws-sdk/client-glacier');
    const glacier = await ctx.client('glacier');
    const entries = await Promise.all(
      list.map(async (v) => {
        const policy = await ctx.attempt('glacier:GetVaultAccessPolicy', async () => {
          try {
            const res = await glacier.send(new GetVaultAccessPolicyCommand({ accountId: '-', vaultName: v.name }));
            return res.policy?.Policy || null;
          } catch (err) {
            // A vault without an access policy answers ResourceNotFoundException.
            if (awsErrorCode(err) === 'ResourceNotFoundException') return null;
            throw err;
          }
        });
        return [v.arn, policy] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

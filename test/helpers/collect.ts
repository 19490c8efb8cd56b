/**
 * Runs prowl's collectors against a moto endpoint, the way a scan does, and returns the inventory.
 */
import { ClientPool } from '../../src/aws/client.js';
import { collect } from '../../src/core/collect.js';
import type { Fact, ParamValue } from '../../src/core/fact.js';
import type { Inventory } from '../../src/core/inventory.js';
import { INVENTORY_FORMAT } from '../../src/core/inventory.js';
import { TEST_ACCOUNT, type Moto } from './moto.js';

export interface CollectHelperOptions {
  /** Check parameters the collectors may read (ctx.setting), as a scan derives them with scanSettings. */
  settings?: Record<string, ParamValue>;
}

export async function collectFromMoto(
  moto: Moto,
  facts: Fact<unknown>[],
  regions: string[] = ['us-east-1'],
  homeRegion = regions[0],
  options: CollectHelperOptions = {},
): Promise<Inventory> {
  const pool = new ClientPool({
    credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
    maxAttempts: 2,
    extraConfig: { endpoint: moto.endpoint, forcePathStyle: true, disableHostPrefix: true },
  });
  return collectWithPool(pool, facts, regions, homeRegion, options);
}

/** Collect `facts` for the test account through `pool` (destroyed afterwards). */
export async function collectWithPool(
  pool: ClientPool,
  facts: Fact<unknown>[],
  regions: string[] = ['us-east-1'],
  homeRegion = regions[0],
  options: CollectHelperOptions = {},
): Promise<Inventory> {
  try {
    return await collect(facts, {
      pool,
      ...(options.settings ? { settings: options.settings } : {}),
      meta: {
        format: INVENTORY_FORMAT,
        prowlVersion: 'test',
        account: { accountId: TEST_ACCOUNT, partition: 'aws', identityArn: `arn:aws:iam::${TEST_ACCOUNT}:user/test` },
        homeRegion,
        regions,
        startedAt: new Date().toISOString(),
      },
    });
  } finally {
    pool.destroy();
  }
}

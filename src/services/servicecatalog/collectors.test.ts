import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePortfolioCommand, CreatePortfolioShareCommand, ServiceCatalogClient } from '@aws-sdk/client-service-catalog';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { portfolioAccountShares, portfolios } from './collectors.js';

describe('servicecatalog collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists portfolios and their direct account shares', async () => {
    const sc = new ServiceCatalogClient(moto.config());
    const shared = (await sc.send(new CreatePortfolioCommand({ DisplayName: 'shared', ProviderName: 'platform', IdempotencyToken: 't1' }))).PortfolioDetail!;
    const alone = (await sc.send(new CreatePortfolioCommand({ DisplayName: 'alone', ProviderName: 'platform', IdempotencyToken: 't2' }))).PortfolioDetail!;
    await sc.send(new CreatePortfolioShareCommand({ PortfolioId: shared.Id, AccountId: '999999999999' }));

    const inv = await collectFromMoto(moto, [portfolios, portfolioAccountShares]);
    const list = inv.get(portfolios, 'us-east-1');
    expect(list.ok && list.data.map((p) => p.name).sort()).toEqual(['alone', 'shared']);
    const shares = inv.get(portfolioAccountShares, 'us-east-1');
    expect(shares.ok && shares.data[shared.ARN!]).toEqual({ ok: true, data: [{ account: '999999999999', accepted: expect.any(Boolean) }] });
    expect(shares.ok && shares.data[alone.ARN!]).toEqual({ ok: true, data: [] });
  });
});

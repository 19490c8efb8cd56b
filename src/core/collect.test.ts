import { describe, expect, it } from 'vitest';
import { ClientPool } from '../aws/client.js';
import { defineFact, type Fact } from './fact.js';
import { collectWithPool } from '../../test/helpers/collect.js';

// Facts here never call AWS: the pool is only there because collect() schedules through one.
const run = (facts: Fact<unknown>[], regions = ['us-east-1', 'eu-west-1']) => collectWithPool(new ClientPool(), facts, regions);

describe('collect', () => {
  it('collects a shared dependency once per region, whoever asks for it', async () => {
    const calls: string[] = [];
    const base = defineFact<string>({
      id: 'test.base',
      service: 'ec2',
      scope: 'regional',
      operation: 'ec2:DescribeThings',
      async collect(ctx) {
        calls.push(ctx.region);
        return `things in ${ctx.region}`;
      },
    });
    const left = defineFact<string>({ id: 'test.left', service: 'ec2', scope: 'regional', operation: 'x', collect: (ctx) => ctx.need(base) });
    const right = defineFact<string>({ id: 'test.right', service: 'ec2', scope: 'regional', operation: 'x', collect: (ctx) => ctx.need(base) });
    const inv = await run([left, right]);
    expect(calls.sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(inv.get(left, 'eu-west-1')).toEqual({ ok: true, data: 'things in eu-west-1' });
  });

  it("fails a fact with its dependency's own error when it needs that dependency", async () => {
    const denied = defineFact<string>({
      id: 'test.denied',
      service: 'iam',
      scope: 'global',
      operation: 'iam:GetThing',
      async collect() {
        throw Object.assign(new Error('not allowed'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
      },
    });
    const user = defineFact<string>({ id: 'test.user', service: 'iam', scope: 'global', operation: 'iam:Other', collect: (ctx) => ctx.need(denied) });
    const r = (await run([user])).get(user);
    expect(r).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'iam:GetThing' } });
  });

  it('lets a global fact read a regional fact in each scanned region, and in no other', async () => {
    const perRegion = defineFact<string>({ id: 'test.perRegion', service: 'ec2', scope: 'regional', operation: 'x', collect: async (ctx) => ctx.region });
    const gathered = defineFact<string[]>({
      id: 'test.gathered',
      service: 'ec2',
      scope: 'global',
      operation: 'x',
      async collect(ctx) {
        const all = await Promise.all(ctx.regions.map((r) => ctx.dep(perRegion, r)));
        return all.map((r) => (r.ok ? r.data : 'error'));
      },
    });
    const stray = defineFact<string>({
      id: 'test.stray',
      service: 'ec2',
      scope: 'global',
      operation: 'x',
      collect: async (ctx) => ctx.need(perRegion),
    });
    const outside = defineFact<string>({
      id: 'test.outside',
      service: 'ec2',
      scope: 'global',
      operation: 'x',
      async collect(ctx) {
        const r = await ctx.dep(perRegion, 'ap-south-1');
        return r.ok ? r.data : 'error';
      },
    });
    const inv = await run([gathered, stray, outside]);
    expect(inv.get(gathered)).toEqual({ ok: true, data: ['us-east-1', 'eu-west-1'] });
    // Without a region, a global fact reads the home region's copy.
    expect(inv.get(stray)).toEqual({ ok: true, data: 'us-east-1' });
    expect(inv.get(outside)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/ap-south-1, a region this scan does not cover/) } });
  });

  it('tells a collector which facts the selected checks use', async () => {
    const wanted = defineFact<number>({ id: 'test.wanted', service: 'ec2', scope: 'global', operation: 'x', collect: async () => 1 });
    const other = defineFact<number>({ id: 'test.other', service: 'ec2', scope: 'global', operation: 'x', collect: async () => 2 });
    const asker = defineFact<boolean[]>({
      id: 'test.asker',
      service: 'ec2',
      scope: 'global',
      operation: 'x',
      collect: async (ctx) => [ctx.planned(wanted), ctx.planned(other)],
    });
    const inv = await run([asker, wanted]);
    expect(inv.get(asker)).toEqual({ ok: true, data: [true, false] });
  });
});

describe('collector settings (Prowler config keys a collector reads through ctx.setting)', () => {
  const withParams = (id: string, params: Record<string, number | string>) =>
    ({ id, params }) as unknown as import('./check.js').Check;

  it('takes the config file value for a selected check, else the default, and leaves undeclared keys undefined', async () => {
    const { scanSettings } = await import('./collect.js');
    const checks = [withParams('a_check', { lambda_code_max_size_mb: 100, shodan_api_key: '' }), withParams('b_check', { lambda_code_max_size_mb: 100 })];
    expect(scanSettings(checks)).toEqual({ lambda_code_max_size_mb: 100, shodan_api_key: '' });
    expect(scanSettings(checks, { b_check: { lambda_code_max_size_mb: 5 } })).toEqual({ lambda_code_max_size_mb: 5, shodan_api_key: '' });
    const seen: unknown[] = [];
    const reader = defineFact<null>({
      id: 'test.reader',
      service: 'ec2',
      scope: 'global',
      operation: 'x',
      async collect(ctx) {
        seen.push(ctx.setting('lambda_code_max_size_mb'), ctx.setting('nobody_declares_this'));
        return null;
      },
    });
    await collectWithPool(new ClientPool(), [reader], ['us-east-1'], 'us-east-1', { settings: scanSettings(checks, { a_check: { lambda_code_max_size_mb: 7 } }) });
    expect(seen).toEqual([7, undefined]);
  });
});

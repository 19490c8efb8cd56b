import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { EXIT, UserError } from '../cli/errors.js';
import { ClientPool } from './client.js';
import { DEFAULT_REGIONS, chooseRegions } from './regions.js';
import { startMoto, type Moto } from '../../test/helpers/moto.js';

const creds = async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const poolFor = (endpoint: string, maxAttempts = 2) => new ClientPool({ credentials: creds, maxAttempts, extraConfig: { endpoint } });

/** The rejection of a promise expected to fail with a UserError. */
async function userError(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe('chooseRegions against moto', () => {
  let moto: Moto;
  let pool: ClientPool;
  beforeAll(async () => {
    moto = await startMoto();
    pool = poolFor(moto.endpoint);
  });
  afterAll(async () => {
    pool?.destroy();
    await moto?.stop();
  });

  it('scans every enabled region, sorted, with no warning', async () => {
    const { regions, warnings } = await chooseRegions(pool, 'us-east-1', undefined, undefined);
    expect(warnings).toEqual([]);
    expect(regions).toEqual([...regions].sort());
    // moto lists more regions than the default-enabled set (opt-in ones such as af-south-1 too).
    for (const r of [...DEFAULT_REGIONS, 'af-south-1', 'eu-south-1']) expect(regions).toContain(r);
    expect(new Set(regions).size).toBe(regions.length);
    expect(pool.stats.byOperation.get('DescribeRegions')).toBeGreaterThanOrEqual(1);
  });

  it('-f narrows to the requested regions (in a stable order)', async () => {
    const { regions, warnings } = await chooseRegions(pool, 'us-east-1', ['us-west-2', 'eu-west-1', 'us-east-1'], undefined);
    expect(regions).toEqual(['eu-west-1', 'us-east-1', 'us-west-2']);
    expect(warnings).toEqual([]);
  });

  it('an unknown region is a usage error with a suggestion', async () => {
    const err = await userError(chooseRegions(pool, 'us-east-1', ['eu-west-1', 'us-east-l'], undefined));
    expect(err.exitCode).toBe(EXIT.usage);
    expect(err.message).toMatch(/region us-east-l is not enabled/);
    expect(err.message).toMatch(/did you mean us-east-1\b/);
    expect(err.message).not.toMatch(/\n/);
  });

  it('--excluded-region removes regions from the enabled list', async () => {
    const all = (await chooseRegions(pool, 'us-east-1', undefined, undefined)).regions;
    const { regions } = await chooseRegions(pool, 'us-east-1', undefined, ['us-east-1', 'eu-west-1']);
    expect(regions).not.toContain('us-east-1');
    expect(regions).not.toContain('eu-west-1');
    expect(regions).toEqual(all.filter((r) => r !== 'us-east-1' && r !== 'eu-west-1'));
  });

  it('-f and --excluded-region combine', async () => {
    const { regions } = await chooseRegions(pool, 'us-east-1', ['us-east-1', 'us-east-2'], ['us-east-2']);
    expect(regions).toEqual(['us-east-1']);
  });

  it('only regions of the identity\'s partition: no cn-* or us-gov-* for a commercial account', async () => {
    const { regions } = await chooseRegions(pool, 'us-east-1', undefined, undefined);
    expect(regions.filter((r) => /^(cn|us-gov|us-iso)/.test(r))).toEqual([]);
    const err = await userError(chooseRegions(pool, 'us-east-1', ['cn-north-1'], undefined));
    expect(err.message).toMatch(/region cn-north-1 is in partition aws-cn, but the credentials are for aws/);
  });

  it('an unknown region in --excluded-region is a usage error with suggestions, like -f', async () => {
    const err = await userError(chooseRegions(pool, 'us-east-1', undefined, ['eu-wset-1']));
    expect(err.exitCode).toBe(EXIT.usage);
    expect(err.message).toMatch(/--excluded-region: unknown region eu-wset-1 \(did you mean .*eu-west-1/);
    // A real region that is not enabled can still be excluded (it is a no-op, not a typo).
    await expect(chooseRegions(pool, 'us-east-1', ['us-east-1'], ['ap-southeast-7'])).resolves.toMatchObject({ regions: ['us-east-1'] });
  });

  it('excluding everything is a usage error', async () => {
    const err = await userError(chooseRegions(pool, 'us-east-1', ['us-east-1'], ['us-east-1']));
    expect(err.exitCode).toBe(EXIT.usage);
    expect(err.message).toMatch(/no region left to scan/);
  });
});

describe('chooseRegions when DescribeRegions fails', () => {
  // Created here, not at collection time, so the moto tests above talk to the real client.
  let ec2: ReturnType<typeof mockClient>;
  beforeAll(() => void (ec2 = mockClient(EC2Client)));
  afterEach(() => ec2.reset());
  afterAll(() => ec2.restore());
  const denied = () => Object.assign(new Error('You are not authorized to perform this operation.'), { name: 'UnauthorizedOperation', $metadata: { httpStatusCode: 403 } });

  it('denied DescribeRegions (aws-sdk-client-mock) -> warning and the default regions', async () => {
    ec2.on(DescribeRegionsCommand).rejects(denied());
    const pool = poolFor('http://127.0.0.1:9');
    const { regions, warnings } = await chooseRegions(pool, 'us-east-1', undefined, ['sa-east-1']);
    pool.destroy();
    expect(regions).toEqual(DEFAULT_REGIONS.filter((r) => r !== 'sa-east-1'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not list enabled regions \(UnauthorizedOperation\)/);
    expect(ec2.commandCalls(DescribeRegionsCommand)).toHaveLength(1);
  });

  it('DescribeRegions listing other partitions (aws-sdk-client-mock) -> only the identity\'s partition', async () => {
    ec2.on(DescribeRegionsCommand).resolves({ Regions: ['us-east-1', 'cn-north-1', 'us-gov-west-1', 'eu-west-1'].map((RegionName) => ({ RegionName })) });
    const pool = poolFor('http://127.0.0.1:9');
    expect((await chooseRegions(pool, 'us-east-1', undefined, undefined)).regions).toEqual(['eu-west-1', 'us-east-1']);
    expect((await chooseRegions(pool, 'us-gov-west-1', undefined, undefined)).regions).toEqual(['us-gov-west-1']);
    pool.destroy();
  });

  it('denied DescribeRegions (aws-sdk-client-mock) with -f -> the requested regions, unchecked', async () => {
    ec2.on(DescribeRegionsCommand).rejects(denied());
    const pool = poolFor('http://127.0.0.1:9');
    const { regions, warnings } = await chooseRegions(pool, 'us-east-1', ['me-south-1', 'eu-west-1'], undefined);
    pool.destroy();
    expect(regions).toEqual(['me-south-1', 'eu-west-1']);
    expect(warnings[0]).toMatch(/assuming the requested regions/);
  });

  it('an unreachable endpoint stops the scan (exit code 5) instead of guessing regions', async () => {
    ec2.restore();
    const pool = poolFor('http://127.0.0.1:9', 1);
    try {
      const err = await userError(chooseRegions(pool, 'us-east-1', undefined, undefined));
      expect(err.exitCode).toBe(EXIT.runtime);
      expect(err.message).toMatch(/cannot list regions: AWS endpoint unreachable/);
    } finally {
      pool.destroy();
    }
  });
});

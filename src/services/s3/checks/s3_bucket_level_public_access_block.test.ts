import { describe, expect, it } from 'vitest';
import check from './s3_bucket_level_public_access_block.js';
import { accountPublicAccessBlock, bucketPublicAccessBlocks, buckets, type Bucket, type PublicAccessBlock } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const bucket = (name: string, region = 'us-east-1'): Bucket => ({ name, arn: `arn:aws:s3:::${name}`, region });
const ALL_ON: PublicAccessBlock = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
const ALL_OFF: PublicAccessBlock = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false };

function fixture(blocks: Record<string, PublicAccessBlock | null | 'denied'>, account: PublicAccessBlock | null | 'denied', regions?: string[]) {
  return new FixtureInventory(regions)
    .set(buckets, Object.keys(blocks).map((n) => bucket(n, n.endsWith('-eu') ? 'eu-west-1' : 'us-east-1')))
    .set(
      bucketPublicAccessBlocks,
      Object.fromEntries(
        Object.entries(blocks).map(([n, v]) => [n, v === 'denied' ? { ok: false as const, error: denied('s3:GetPublicAccessBlock') } : { ok: true as const, data: v }]),
      ),
    )
    .set(accountPublicAccessBlock, account === 'denied' ? { error: denied('s3control:GetPublicAccessBlock') } : account);
}

describe('s3_bucket_level_public_access_block', () => {
  it('PASS when the bucket, the account, or both together block public access', () => {
    const findings = runCheck(
      check,
      fixture({ own: ALL_ON, none: null, mixed: { ...ALL_OFF, ignorePublicAcls: true, restrictPublicBuckets: true } }, { ...ALL_OFF, blockPublicAcls: true, blockPublicPolicy: true }),
    );
    expect(statusById(findings)).toEqual({ own: 'PASS', none: 'FAIL', mixed: 'PASS' });
    expect(findings.find((f) => f.resource.id === 'own')?.statusExtended).toContain('its own settings');
    expect(findings.find((f) => f.resource.id === 'mixed')?.statusExtended).toContain('together');
    const byAccount = runCheck(check, fixture({ none: null }, ALL_ON));
    expect(byAccount[0].status).toBe('PASS');
    expect(byAccount[0].statusExtended).toContain('account-level');
  });

  it('FAIL naming the settings off at both levels', () => {
    const [f] = runCheck(check, fixture({ open: { ...ALL_ON, restrictPublicBuckets: false } }, null));
    expect(f.status).toBe('FAIL');
    expect(f.resource).toMatchObject({ arn: 'arn:aws:s3:::open', region: 'us-east-1' });
    expect(f.statusExtended).toBe('Bucket open does not block public access: RestrictPublicBuckets off at both bucket and account level.');
  });

  it('PASS when the account blocks everything even if the bucket setting was denied', () => {
    expect(runCheck(check, fixture({ locked: 'denied' }, ALL_ON))[0].status).toBe('PASS');
  });

  it('ERROR when an unreadable setting decides the verdict', () => {
    const [f] = runCheck(check, fixture({ locked: 'denied' }, null));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('locked');
    expect(f.statusExtended).toContain('s3:GetPublicAccessBlock');
    const [g] = runCheck(check, fixture({ own: { ...ALL_ON, blockPublicPolicy: false } }, 'denied'));
    expect(g.status).toBe('ERROR');
    expect(g.statusExtended).toContain('s3control:GetPublicAccessBlock');
  });

  it('ERROR once for the account when the bucket list was denied', () => {
    const fx = new FixtureInventory().set(buckets, { error: denied('s3:ListBuckets') }).set(accountPublicAccessBlock, ALL_ON);
    const findings = runCheck(check, fx);
    expect(findings).toHaveLength(1);
    expect(findings[0].status).toBe('ERROR');
    expect(findings[0].statusExtended).toContain('s3:ListBuckets');
  });

  it('reports only buckets of the scanned regions', () => {
    const findings = runCheck(check, fixture({ open: null, 'open-eu': null }, null, ['us-east-1']));
    expect(statusById(findings)).toEqual({ open: 'FAIL' });
    const both = runCheck(check, fixture({ open: null, 'open-eu': null }, null, ['us-east-1', 'eu-west-1']));
    expect(both.find((f) => f.resource.id === 'open-eu')?.region).toBe('eu-west-1');
  });
});

import { describe, expect, it } from 'vitest';
import check from './s3_account_level_public_access_blocks.js';
import { accountPublicAccessBlock } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const ALL_ON = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };

describe('s3_account_level_public_access_blocks', () => {
  it('PASS when all four settings are on', () => {
    const [f] = runCheck(check, new FixtureInventory().set(accountPublicAccessBlock, ALL_ON));
    expect(f.status).toBe('PASS');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
  });
  it('FAIL when the account has no configuration', () => {
    const [f] = runCheck(check, new FixtureInventory().set(accountPublicAccessBlock, null));
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('no S3 Block Public Access configuration');
  });
  it('FAIL naming the settings left off', () => {
    const findings = runCheck(check, new FixtureInventory().set(accountPublicAccessBlock, { ...ALL_ON, ignorePublicAcls: false, restrictPublicBuckets: false }));
    expect(findings).toHaveLength(1);
    expect(findings[0].status).toBe('FAIL');
    expect(findings[0].statusExtended).toContain('IgnorePublicAcls, RestrictPublicBuckets');
    expect(findings[0].statusExtended).not.toContain('BlockPublicAcls');
  });
  it('ERROR naming the call when the configuration could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(accountPublicAccessBlock, { error: denied('s3control:GetPublicAccessBlock') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('s3control:GetPublicAccessBlock');
  });
});

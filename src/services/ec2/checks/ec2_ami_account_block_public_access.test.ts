import { describe, expect, it } from 'vitest';
import check from './ec2_ami_account_block_public_access.js';
import { imageBlockPublicAccess } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('ec2_ami_account_block_public_access', () => {
  it('PASS when enabled, FAIL when unblocked, ERROR when unreadable', () => {
    expect(runCheck(check, new FixtureInventory().set(imageBlockPublicAccess, { state: 'block-new-sharing' }))[0].status).toBe('PASS');
    const [f] = runCheck(check, new FixtureInventory().set(imageBlockPublicAccess, { state: 'unblocked' }));
    expect(f).toMatchObject({ status: 'FAIL', statusExtended: 'AMI block public access is unblocked in us-east-1: images can be made public.' });
    expect(runCheck(check, new FixtureInventory().set(imageBlockPublicAccess, { error: denied('ec2:GetImageBlockPublicAccessState') }))[0].status).toBe('ERROR');
  });
});

import { describe, expect, it } from 'vitest';
import check from './ec2_ami_public.js';
import { ownedImages, type Image } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const image = (id: string, pub: boolean): Image => ({ id, arn: `arn:aws:ec2:us-east-1::image/${id}`, name: 'base', public: pub, tags: {} });
describe('ec2_ami_public', () => {
  it('PASS for private images, FAIL for public ones', () => {
    const findings = runCheck(check, new FixtureInventory().set(ownedImages, [image('ami-1', false), image('ami-2', true)]));
    expect(statusById(findings)).toEqual({ 'ami-1': 'PASS', 'ami-2': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Image ami-2 (base) is public: any AWS account can launch it.');
  });
  it('ERROR when images could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(ownedImages, { error: denied('ec2:DescribeImages') }))[0].status).toBe('ERROR');
  });
});

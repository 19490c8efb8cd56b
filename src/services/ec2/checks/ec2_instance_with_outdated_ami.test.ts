import { describe, expect, it } from 'vitest';
import check from './ec2_instance_with_outdated_ami.js';
import { instanceImages, instances, type Image } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const image = (id: string, deprecationTime?: string): Image => ({ id, arn: `arn:aws:ec2:us-east-1::image/${id}`, name: `img-${id}`, public: false, tags: {}, ...(deprecationTime ? { deprecationTime } : {}) });
const IMAGES = { 'ami-current': image('ami-current'), 'ami-later': image('ami-later', '2027-06-01T00:00:00.000Z'), 'ami-old': image('ami-old', '2026-03-01T00:00:00.000Z') };

// moto never sets DeprecationTime, so the deprecated case is a fixture (clock 2026-11-01).
describe('ec2_instance_with_outdated_ami', () => {
  it('PASS for current AMIs, FAIL for deprecated ones, MANUAL when the AMI is gone', () => {
    const fx = new FixtureInventory().set(instanceImages, IMAGES).set(instances, [
      makeInstance('i-1', { imageId: 'ami-current' }),
      makeInstance('i-2', { imageId: 'ami-later' }),
      makeInstance('i-3', { imageId: 'ami-old' }),
      makeInstance('i-4', { imageId: 'ami-gone' }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-1': 'PASS', 'i-2': 'PASS', 'i-3': 'FAIL', 'i-4': 'MANUAL' });
    expect(findings[2].statusExtended).toBe('Instance i-3 runs AMI ami-old (img-ami-old), deprecated since 2026-03-01.');
  });
  it('ERROR when the images could not be described', () => {
    const fx = new FixtureInventory().set(instanceImages, { error: denied('ec2:DescribeImages') }).set(instances, [makeInstance('i-1', { imageId: 'ami-current' })]);
    const [f] = runCheck(check, fx);
    expect(f).toMatchObject({ status: 'ERROR', resource: { id: 'i-1' } });
  });
});

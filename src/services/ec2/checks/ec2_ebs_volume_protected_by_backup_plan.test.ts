import { describe, expect, it } from 'vitest';
import check from './ec2_ebs_volume_protected_by_backup_plan.js';
import { instances, volumes, type Volume } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { regionSettings, selections } from '../../backup/collectors.js';
import { makeSelection } from '../../backup/test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const volume = (id: string, o: Partial<Volume> = {}): Volume => ({ id, arn: `arn:aws:ec2:us-east-1:123456789012:volume/${id}`, encrypted: true, attachedTo: [], tags: {}, ...o });

// Selections come from aws-sdk-client-mock in the backup collector test (moto lacks ListBackupSelections/GetBackupSelection).
describe('ec2_ebs_volume_protected_by_backup_plan', () => {
  it('PASS when the volume or its instance is selected; FAIL otherwise', () => {
    const fx = new FixtureInventory()
      .set(volumes, [
        volume('vol-tagged', { tags: { backup: 'daily' } }),
        volume('vol-on-web', { attachedTo: ['i-web'] }),
        volume('vol-on-db', { attachedTo: ['i-db'] }),
        volume('vol-loose'),
      ])
      .set(instances, [makeInstance('i-web', { tags: { tier: 'web' } }), makeInstance('i-db')])
      .set(regionSettings, { EBS: true, EC2: true })
      .set(selections, {
        selections: [
          makeSelection({ name: 'vols', planName: 'daily', resources: ['arn:aws:ec2:*:*:volume/*'], conditions: { stringEquals: [{ key: 'backup', value: 'daily' }] } }),
          makeSelection({ name: 'web', planName: 'hourly', resources: ['arn:aws:ec2:*:*:instance/*'], conditions: { stringLike: [{ key: 'tier', value: 'w*' }] } }),
        ],
        unread: [],
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'vol-tagged': 'PASS', 'vol-on-web': 'PASS', 'vol-on-db': 'FAIL', 'vol-loose': 'FAIL' });
    expect(findings[1].statusExtended).toContain('through attached instance i-web');
    expect(findings[2].statusExtended).toContain('i-db');
  });
  it('FAIL when EBS is reached only through "*" and is not opted in', () => {
    const fx = new FixtureInventory().set(volumes, [volume('vol-1')]).set(instances, [])
      .set(regionSettings, { EBS: false }).set(selections, { selections: [makeSelection({ resources: ['*'] })], unread: [] });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('not opted in');
  });
  it('ERROR naming the call when the plans, or the instances of an attached volume, could not be read', () => {
    const fx = new FixtureInventory().set(volumes, [volume('vol-1', { attachedTo: ['i-1'] }), volume('vol-2')])
      .set(instances, { error: denied('ec2:DescribeInstances') })
      .set(regionSettings, {}).set(selections, { selections: [], unread: [] });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'vol-1': 'ERROR', 'vol-2': 'FAIL' });
    expect(findings[0].statusExtended).toContain('ec2:DescribeInstances');
    const plans = runCheck(check, fx.set(selections, { error: denied('backup:ListBackupPlans') }));
    expect(plans.map((f) => f.status)).toEqual(['ERROR', 'ERROR']);
    expect(plans[1].statusExtended).toContain('backup:ListBackupPlans');
    const listing = runCheck(check, new FixtureInventory().set(volumes, { error: denied('ec2:DescribeVolumes') }).set(instances, []).set(regionSettings, {}).set(selections, { selections: [], unread: [] }));
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});

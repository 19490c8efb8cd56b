import { describe, expect, it } from 'vitest';
import check from './guardduty_is_enabled.js';
import { detectors } from '../collectors.js';
import { detector } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('guardduty_is_enabled', () => {
  it('PASS for an enabled detector, FAIL for a suspended one and for a region without detector, ERROR when denied', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1', 'ap-south-1', 'sa-east-1'])
      .set(detectors, [detector('d1', { status: 'ENABLED', features: {} })], ['us-east-1'])
      .set(detectors, [detector('d2', { status: 'DISABLED', features: {} })], ['eu-west-1'])
      .set(detectors, [], ['ap-south-1'])
      .set(detectors, { error: denied('guardduty:ListDetectors') }, ['sa-east-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'PASS'],
      ['eu-west-1', 'FAIL'],
      ['ap-south-1', 'FAIL'],
      ['sa-east-1', 'ERROR'],
    ]);
    expect(findings[2].statusExtended).toMatch(/no detector/);
  });
});

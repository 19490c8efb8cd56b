import { describe, expect, it } from 'vitest';
import check from './elasticbeanstalk_environment_enhanced_health_reporting.js';
import { fixture, listingDenied } from '../cases.test-helper.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('elasticbeanstalk_environment_enhanced_health_reporting', () => {
  it('PASS on enhanced, FAIL on basic or when the option is absent (the API default is basic), ERROR when the settings were denied', () => {
    const findings = runCheck(check, fixture({ 'aws:elasticbeanstalk:healthreporting:system:SystemType': 'enhanced' }, { 'aws:elasticbeanstalk:healthreporting:system:SystemType': 'basic' }));
    expect(statusById(findings)).toEqual({ 'e-good': 'PASS', 'e-bad': 'FAIL', 'e-hidden': 'ERROR' });
    expect(findings[1].statusExtended).toBe('Elastic Beanstalk environment bad uses basic health reporting, not enhanced.');
    expect(statusById(runCheck(check, fixture({}, {})))['e-good']).toBe('FAIL');
  });

  it('ERROR for the region when the environments could not be listed', () => {
    expect(runCheck(check, listingDenied()).map((f) => f.status)).toEqual(['ERROR']);
  });
});

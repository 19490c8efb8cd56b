import { describe, expect, it } from 'vitest';
import check from './elasticbeanstalk_environment_cloudwatch_logging_enabled.js';
import { fixture, listingDenied } from '../cases.test-helper.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('elasticbeanstalk_environment_cloudwatch_logging_enabled', () => {
  it('PASS when logs stream to CloudWatch, FAIL when not (or the option is absent), ERROR when the settings were denied', () => {
    const findings = runCheck(
      check,
      fixture({ 'aws:elasticbeanstalk:cloudwatch:logs:StreamLogs': 'true', 'aws:elasticbeanstalk:cloudwatch:logs:RetentionInDays': '90' }, { 'aws:elasticbeanstalk:cloudwatch:logs:StreamLogs': 'false' }),
    );
    expect(statusById(findings)).toEqual({ 'e-good': 'PASS', 'e-bad': 'FAIL', 'e-hidden': 'ERROR' });
    expect(findings[0].statusExtended).toBe('Elastic Beanstalk environment good streams its instance logs to CloudWatch Logs (kept 90 days).');
    expect(findings[2].statusExtended).toContain('elasticbeanstalk:DescribeConfigurationSettings');
    expect(statusById(runCheck(check, fixture({}, {})))['e-good']).toBe('FAIL');
  });

  it('ERROR for the region when the environments could not be listed', () => {
    expect(runCheck(check, listingDenied()).map((f) => f.status)).toEqual(['ERROR']);
  });
});

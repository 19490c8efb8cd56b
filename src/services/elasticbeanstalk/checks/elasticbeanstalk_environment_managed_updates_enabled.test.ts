import { describe, expect, it } from 'vitest';
import check from './elasticbeanstalk_environment_managed_updates_enabled.js';
import { fixture, listingDenied } from '../cases.test-helper.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('elasticbeanstalk_environment_managed_updates_enabled', () => {
  it('PASS with managed actions on, FAIL when off, ERROR when the settings were denied', () => {
    const findings = runCheck(
      check,
      fixture(
        { 'aws:elasticbeanstalk:managedactions:ManagedActionsEnabled': 'true', 'aws:elasticbeanstalk:managedactions:platformupdate:UpdateLevel': 'minor' },
        { 'aws:elasticbeanstalk:managedactions:ManagedActionsEnabled': 'false' },
      ),
    );
    expect(statusById(findings)).toEqual({ 'e-good': 'PASS', 'e-bad': 'FAIL', 'e-hidden': 'ERROR' });
    expect(findings[0].statusExtended).toBe('Elastic Beanstalk environment good applies managed platform updates (minor level).');
    expect(findings[1].statusExtended).toBe('Elastic Beanstalk environment bad does not apply managed platform updates.');
  });

  it('ERROR for the region when the environments could not be listed', () => {
    expect(runCheck(check, listingDenied()).map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('elasticbeanstalk option remediation snippets', () => {
  it('set every option in CLI, CloudFormation (quoting what YAML would not read as a string) and Terraform', () => {
    expect(check.remediation.cli).toContain('Namespace=aws:elasticbeanstalk:managedactions,OptionName=ManagedActionsEnabled,Value="true"');
    expect(check.remediation.nativeIaC).toContain('        OptionName: ManagedActionsEnabled\n        Value: "true"');
    expect(check.remediation.nativeIaC).toContain('        OptionName: UpdateLevel\n        Value: minor');
    expect(check.remediation.nativeIaC).toContain('        Value: "Sun:02:00"');
    expect(check.remediation.terraform).toContain('    namespace = "aws:elasticbeanstalk:managedactions:platformupdate"\n    name      = "UpdateLevel"\n    value     = "minor"');
  });
});

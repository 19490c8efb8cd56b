import { describe, expect, it } from 'vitest';
import check from './awslambda_function_using_supported_runtimes.js';
import { functions } from '../collectors.js';
import { makeFn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('awslambda_function_using_supported_runtimes', () => {
  const fx = () =>
    new FixtureInventory().set(functions, [
      makeFn('current', { runtime: 'python3.13' }),
      makeFn('old', { runtime: 'nodejs16.x' }),
      makeFn('image', { runtime: undefined, packageType: 'Image' }),
    ]);
  it('PASS for a supported runtime, FAIL for a deprecated one, nothing for an image function', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ current: 'PASS', old: 'FAIL' });
    expect(findings[1].statusExtended).toContain('nodejs16.x');
  });
  it('follows obsolete_lambda_runtimes from the config', () => {
    const findings = runCheck(check, fx(), { config: { awslambda_function_using_supported_runtimes: { obsolete_lambda_runtimes: ['python3.13'] } } });
    expect(statusById(findings)).toEqual({ current: 'FAIL', old: 'PASS' });
  });
  it('ERROR when the functions could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(functions, { error: denied('lambda:ListFunctions') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

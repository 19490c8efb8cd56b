import { describe, expect, it } from 'vitest';
import check from './awslambda_function_no_secrets_in_variables.js';
import { functions } from '../collectors.js';
import { makeFn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const hit = (key: string, kind: string) => ({ kind, rule: 'r', line: 1, key, location: `variable ${key}` });

describe('awslambda_function_no_secrets_in_variables', () => {
  const fx = () =>
    new FixtureInventory().set(functions, [
      makeFn('clean', { envVarNames: ['LOG_LEVEL'] }),
      makeFn('novars'),
      makeFn('leaky', { envVarNames: ['DB_PASSWORD', 'GH'], envSecrets: [hit('DB_PASSWORD', 'Password or secret in assignment'), hit('GH', 'GitHub token')] }),
    ]);
  it('PASS without secrets, FAIL naming the variables and kinds', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ clean: 'PASS', novars: 'PASS', leaky: 'FAIL' });
    expect(findings[2].statusExtended).toBe(
      'Lambda function leaky has secrets in its environment variables: Password or secret in assignment (variable DB_PASSWORD), GitHub token (variable GH).',
    );
  });
  it('secrets_ignore_patterns drops hits by variable name', () => {
    const findings = runCheck(check, fx(), { config: { awslambda_function_no_secrets_in_variables: { secrets_ignore_patterns: ['^DB_'] } } });
    expect(statusById(findings).leaky).toBe('FAIL');
    expect(findings[2].statusExtended).not.toContain('DB_PASSWORD');
    const all = runCheck(check, fx(), { config: { awslambda_function_no_secrets_in_variables: { secrets_ignore_patterns: ['^DB_', '^GH$'] } } });
    expect(statusById(all).leaky).toBe('PASS');
  });
  it('ERROR when the functions could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(functions, { error: denied('lambda:ListFunctions') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

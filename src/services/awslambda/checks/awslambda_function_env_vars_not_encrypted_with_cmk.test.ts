import { describe, expect, it } from 'vitest';
import check from './awslambda_function_env_vars_not_encrypted_with_cmk.js';
import { functions } from '../collectors.js';
import { makeFn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('awslambda_function_env_vars_not_encrypted_with_cmk', () => {
  it('PASS without variables or with a customer key, FAIL for variables under the AWS managed key', () => {
    const fx = new FixtureInventory().set(functions, [
      makeFn('novars'),
      makeFn('cmk', { envVarNames: ['A'], kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k1' }),
      makeFn('managed', { envVarNames: ['A', 'B'] }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ novars: 'PASS', cmk: 'PASS', managed: 'FAIL' });
    expect(findings[2].statusExtended).toContain('2 environment variables');
  });
  it('ERROR when the functions could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(functions, { error: denied('lambda:ListFunctions') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

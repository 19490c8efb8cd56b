import { describe, expect, it } from 'vitest';
import check from './awslambda_function_using_cross_account_layers.js';
import { functions } from '../collectors.js';
import { makeFn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const layer = (account: string, name = 'lib') => `arn:aws:lambda:us-east-1:${account}:layer:${name}:3`;

describe('awslambda_function_using_cross_account_layers', () => {
  const fx = () =>
    new FixtureInventory().set(functions, [
      makeFn('own', { layers: [layer('123456789012')] }),
      makeFn('none'),
      makeFn('foreign', { layers: [layer('123456789012'), layer('999988887777', 'thirdparty')] }),
    ]);
  it('PASS for own or no layers, FAIL naming a layer from another account', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ own: 'PASS', none: 'PASS', foreign: 'FAIL' });
    expect(findings[2].statusExtended).toContain('999988887777:layer:thirdparty:3');
    expect(findings[2].statusExtended).not.toContain('123456789012:layer');
  });
  it('PASS when the publishing account is trusted', () => {
    const findings = runCheck(check, fx(), { config: { awslambda_function_using_cross_account_layers: { trusted_account_ids: ['999988887777'] } } });
    expect(statusById(findings).foreign).toBe('PASS');
  });
  it('ERROR when the functions could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(functions, { error: denied('lambda:ListFunctions') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

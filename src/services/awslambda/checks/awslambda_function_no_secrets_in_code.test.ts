import { describe, expect, it } from 'vitest';
import check from './awslambda_function_no_secrets_in_code.js';
import { codeSecrets, functions } from '../collectors.js';
import { fnArn, makeFn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const hit = { kind: 'AWS secret access key', rule: 'r', line: 12, file: 'app/settings.py', key: 'aws_secret_access_key', location: 'app/settings.py line 12 (aws_secret_access_key)' };

describe('awslambda_function_no_secrets_in_code', () => {
  const fx = () =>
    new FixtureInventory()
      .set(functions, [makeFn('clean'), makeFn('leaky'), makeFn('image', { packageType: 'Image' }), makeFn('denied')])
      .set(codeSecrets, {
        [fnArn('clean')]: { ok: true, data: { scanned: true, hits: [], filesScanned: 4, skipped: [{ file: 'lib.so', reason: 'binary' }] } },
        [fnArn('leaky')]: { ok: true, data: { scanned: true, hits: [hit], filesScanned: 9, skipped: [] } },
        [fnArn('image')]: { ok: true, data: { scanned: false, reason: 'the function is a container image' } },
        [fnArn('denied')]: { ok: false, error: denied('lambda:GetFunction') },
      });
  it('PASS for clean code, FAIL naming file, line and kind, MANUAL for an unscanned image, ERROR when GetFunction is denied', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ clean: 'PASS', leaky: 'FAIL', image: 'MANUAL', denied: 'ERROR' });
    expect(findings[0].statusExtended).toContain('4 files');
    expect(findings[0].statusExtended).toContain('1 binary or oversized file not scanned');
    expect(findings[1].statusExtended).toContain('AWS secret access key (app/settings.py line 12 (aws_secret_access_key))');
    expect(findings[3].statusExtended).toContain('lambda:GetFunction');
  });
  it('secrets_ignore_patterns drops hits by file path', () => {
    const findings = runCheck(check, fx(), { config: { awslambda_function_no_secrets_in_code: { secrets_ignore_patterns: ['^app/'] } } });
    expect(statusById(findings).leaky).toBe('PASS');
  });
  it('ERROR for a region whose functions could not be listed', () => {
    const findings = runCheck(
      check,
      new FixtureInventory().set(functions, { error: denied('lambda:ListFunctions') }).set(codeSecrets, { error: denied('lambda:ListFunctions') }),
    );
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

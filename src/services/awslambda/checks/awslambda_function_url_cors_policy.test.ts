import { describe, expect, it } from 'vitest';
import check from './awslambda_function_url_cors_policy.js';
import { functions, functionUrls } from '../collectors.js';
import { fnArn, makeFn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const url = (allowOrigins: string[]) => ({ ok: true as const, data: { authType: 'AWS_IAM', allowOrigins, allowCredentials: false } });

describe('awslambda_function_url_cors_policy', () => {
  it('PASS for listed origins, FAIL for any origin, nothing without a URL, ERROR when unreadable', () => {
    const fx = new FixtureInventory()
      .set(functions, ['narrow', 'wide', 'nourl', 'denied'].map((n) => makeFn(n)))
      .set(functionUrls, {
        [fnArn('narrow')]: url(['https://app.example.com']),
        [fnArn('wide')]: url(['https://app.example.com', '*']),
        [fnArn('nourl')]: { ok: true, data: null },
        [fnArn('denied')]: { ok: false, error: denied('lambda:GetFunctionUrlConfig') },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ narrow: 'PASS', wide: 'FAIL', denied: 'ERROR' });
    expect(findings[0].statusExtended).toContain('https://app.example.com');
  });
});

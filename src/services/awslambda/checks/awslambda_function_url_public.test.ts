import { describe, expect, it } from 'vitest';
import check from './awslambda_function_url_public.js';
import { functionPolicies, functions, functionUrls } from '../collectors.js';
import { fnArn, makeFn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const url = (authType: string) => ({ ok: true as const, data: { authType, allowOrigins: [], allowCredentials: false } });
const publicPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'FunctionURLAllowPublicAccess', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: fnArn('open'), Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } }],
});

// Differs from Prowler, which fails every URL with auth type NONE: without a public resource-policy statement
// Lambda refuses unauthenticated calls (403), so such a URL is not public.
describe('awslambda_function_url_public', () => {
  it('PASS for IAM auth or NONE without a public policy, FAIL for NONE with a public policy, ERROR when unreadable', () => {
    const fx = new FixtureInventory()
      .set(functions, ['iam', 'open', 'closed', 'nourl', 'denied', 'policydenied'].map((n) => makeFn(n)))
      .set(functionUrls, {
        [fnArn('iam')]: url('AWS_IAM'),
        [fnArn('open')]: url('NONE'),
        [fnArn('closed')]: url('NONE'),
        [fnArn('nourl')]: { ok: true, data: null },
        [fnArn('denied')]: { ok: false, error: denied('lambda:GetFunctionUrlConfig') },
        [fnArn('policydenied')]: url('NONE'),
      })
      .set(functionPolicies, {
        [fnArn('open')]: { ok: true, data: publicPolicy },
        [fnArn('closed')]: { ok: true, data: null },
        [fnArn('policydenied')]: { ok: false, error: denied('lambda:GetPolicy') },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ iam: 'PASS', open: 'FAIL', closed: 'PASS', denied: 'ERROR', policydenied: 'ERROR' });
    expect(findings.find((f) => f.resource.id === 'closed')!.statusExtended).toContain('unauthenticated calls are refused');
    expect(findings.find((f) => f.resource.id === 'policydenied')!.statusExtended).toContain('lambda:GetPolicy');
  });
});

import { describe, expect, it } from 'vitest';
import check from './awslambda_function_not_publicly_accessible.js';
import { functionPolicies, functions } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (name: string, region = 'us-east-1') => `arn:aws:lambda:${region}:123456789012:function:${name}`;
const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const invoke = { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: arn('fn') };

describe('awslambda_function_not_publicly_accessible', () => {
  const list = (...names: string[]) => names.map((name) => ({ name, arn: arn(name) }));

  it('PASS for a function with no policy, or one limited to a service from this account', () => {
    const fx = new FixtureInventory()
      .set(functions, list('none', 'scoped'))
      .set(functionPolicies, {
        [arn('none')]: { ok: true, data: null },
        [arn('scoped')]: {
          ok: true,
          data: policy({ ...invoke, Sid: 's3', Principal: { Service: 's3.amazonaws.com' }, Condition: { StringEquals: { 'AWS:SourceAccount': '123456789012' } } }),
        },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ none: 'PASS', scoped: 'PASS' });
    expect(findings[0].resource).toMatchObject({ arn: arn('none'), region: 'us-east-1' });
    expect(findings[0].statusExtended).toContain('Lambda function none has no resource policy');
  });

  it('FAIL when the policy lets anyone invoke it, naming the statement', () => {
    const fx = new FixtureInventory()
      .set(functions, list('open', 'url', 'org'))
      .set(functionPolicies, {
        [arn('open')]: { ok: true, data: policy({ ...invoke, Sid: 'everyone', Principal: '*' }) },
        // A public function URL: the condition on the auth type does not narrow who calls.
        [arn('url')]: {
          ok: true,
          data: policy({ ...invoke, Sid: 'FunctionURLAllowPublicAccess', Action: 'lambda:InvokeFunctionUrl', Principal: '*', Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } }),
        },
        [arn('org')]: { ok: true, data: policy({ ...invoke, Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }) },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ open: 'FAIL', url: 'FAIL', org: 'PASS' });
    expect(findings[0].statusExtended).toMatch(/Lambda function open .*everyone.*"everyone"/);
  });

  it('ERROR for a function whose policy was denied, and for a region whose functions could not be listed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(functions, list('secret'), ['us-east-1'])
      .set(functionPolicies, { [arn('secret')]: { ok: false, error: denied('lambda:GetPolicy') } }, ['us-east-1'])
      .set(functions, { error: denied('lambda:ListFunctions') }, ['eu-west-1'])
      .set(functionPolicies, { error: denied('lambda:ListFunctions') }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => f.status)).toEqual(['ERROR', 'ERROR']);
    expect(findings[0].resource.id).toBe('secret');
    expect(findings[0].statusExtended).toContain('lambda:GetPolicy');
    expect(findings[1]).toMatchObject({ region: 'eu-west-1', resource: { id: '123456789012' } });
    expect(findings[1].statusExtended).toContain('lambda:ListFunctions');
  });

  it('ERROR when a policy is not valid JSON, and nothing for a region without functions', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(functions, list('broken'), ['us-east-1'])
      .set(functionPolicies, { [arn('broken')]: { ok: true, data: '{not json' } }, ['us-east-1'])
      .set(functions, [], ['eu-west-1'])
      .set(functionPolicies, {}, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'ERROR', resource: { id: 'broken' } });
  });
});

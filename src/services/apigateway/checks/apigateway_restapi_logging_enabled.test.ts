import { describe, expect, it } from 'vitest';
import check from './apigateway_restapi_logging_enabled.js';
import { restApiStages, restApis } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('apigateway_restapi_logging_enabled', () => {
  it('PASS for stages logging at ERROR or INFO, FAIL for OFF or unset', () => {
    const fx = new FixtureInventory()
      .set(restApis, [{ id: 'a1', name: 'orders', tags: {} }])
      .set(restApiStages, {
        a1: {
          ok: true,
          data: [
            { name: 'prod', loggingLevel: 'INFO', tags: {} },
            { name: 'beta', loggingLevel: 'ERROR', tags: {} },
            { name: 'dev', loggingLevel: 'OFF', tags: {} },
            { name: 'test', accessLogDestination: 'arn:aws:logs:us-east-1:123456789012:log-group:access', tags: {} },
          ],
        },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'a1/prod': 'PASS', 'a1/beta': 'PASS', 'a1/dev': 'FAIL', 'a1/test': 'FAIL' });
    expect(findings[0].resource.arn).toBe('arn:aws:apigateway:us-east-1::/restapis/a1/stages/prod');
    expect(findings[0].statusExtended).toBe('API Gateway REST API orders (a1) stage prod logs executions at INFO level.');
    expect(findings[3].statusExtended).toContain('access logging alone is on');
  });

  it('ERROR for the API whose stages were denied, verdicts for the others', () => {
    const fx = new FixtureInventory()
      .set(restApis, [
        { id: 'a1', name: 'orders', tags: {} },
        { id: 'a2', name: 'admin', tags: {} },
      ])
      .set(restApiStages, {
        a1: { ok: true, data: [{ name: 'prod', loggingLevel: 'OFF', tags: {} }] },
        a2: { ok: false, error: denied('apigateway:GetStages') },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'a1/prod': 'FAIL', a2: 'ERROR' });
    expect(findings[1].statusExtended).toContain('apigateway:GetStages');
  });

  it('ERROR when the APIs could not be listed', () => {
    const fx = new FixtureInventory()
      .set(restApis, { error: denied('apigateway:GetRestApis') })
      .set(restApiStages, { error: denied('apigateway:GetRestApis') });
    const findings = runCheck(check, fx);
    expect(findings).toHaveLength(1);
    expect(findings[0].status).toBe('ERROR');
    expect(findings[0].statusExtended).toContain('apigateway:GetRestApis');
  });
});

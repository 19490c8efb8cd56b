import { describe, expect, it } from 'vitest';
import check from './apigatewayv2_api_access_logging_enabled.js';
import { apiStages, apis } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const logGroup = 'arn:aws:logs:eu-west-1:123456789012:log-group:/api/access';

describe('apigatewayv2_api_access_logging_enabled', () => {
  it('PASS for stages with an access log destination, FAIL without', () => {
    const fx = new FixtureInventory(['eu-west-1'])
      .set(apis, [{ id: 'h1', name: 'shop', protocolType: 'HTTP', tags: {} }])
      .set(apiStages, {
        h1: {
          ok: true,
          data: [
            { name: '$default', accessLogDestination: logGroup, tags: {} },
            { name: 'dev', tags: { env: 'dev' } },
          ],
        },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'h1/$default': 'PASS', 'h1/dev': 'FAIL' });
    expect(findings[0].statusExtended).toContain(logGroup);
    expect(findings[1]).toMatchObject({
      statusExtended: 'API Gateway HTTP API shop (h1) stage dev has no access logging.',
      resource: { arn: 'arn:aws:apigateway:eu-west-1::/apis/h1/stages/dev', region: 'eu-west-1', tags: { env: 'dev' } },
    });
  });

  it('ERROR for the API whose stages were denied, verdicts for the others', () => {
    const fx = new FixtureInventory()
      .set(apis, [
        { id: 'w1', name: 'chat', protocolType: 'WEBSOCKET', tags: {} },
        { id: 'h2', name: 'locked', protocolType: 'HTTP', tags: {} },
      ])
      .set(apiStages, {
        w1: { ok: true, data: [{ name: 'prod', tags: {} }] },
        h2: { ok: false, error: denied('apigateway:GetStages') },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'w1/prod': 'FAIL', h2: 'ERROR' });
    expect(findings[0].statusExtended).toContain('WebSocket API chat');
    expect(findings[1].statusExtended).toContain('apigateway:GetStages');
  });

  it('ERROR when the APIs could not be listed', () => {
    const fx = new FixtureInventory().set(apis, { error: denied('apigateway:GetApis') }).set(apiStages, { error: denied('apigateway:GetApis') });
    const findings = runCheck(check, fx);
    expect(findings).toHaveLength(1);
    expect(findings[0].status).toBe('ERROR');
    expect(findings[0].statusExtended).toContain('apigateway:GetApis');
  });
});

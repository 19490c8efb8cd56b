import { describe, expect, it } from 'vitest';
import check from './awslambda_layer_no_secrets_in_content.js';
import { functions, layerSecrets } from '../collectors.js';
import { makeFn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const layer = (name: string, account = '123456789012') => `arn:aws:lambda:us-east-1:${account}:layer:${name}:1`;
const hit = { kind: 'Private key', rule: 'r', line: 1, file: 'certs/client.pem', location: 'certs/client.pem line 1' };

describe('awslambda_layer_no_secrets_in_content', () => {
  it('PASS for a clean layer, FAIL for one with a secret (naming its users), ERROR when it could not be read, once per layer', () => {
    const fx = new FixtureInventory()
      .set(functions, [makeFn('a', { layers: [layer('clean'), layer('keys')] }), makeFn('b', { layers: [layer('keys'), layer('other', '999988887777')] }), makeFn('c')])
      .set(layerSecrets, {
        [layer('clean')]: { ok: true, data: { scanned: true, hits: [], filesScanned: 3, skipped: [] } },
        [layer('keys')]: { ok: true, data: { scanned: true, hits: [hit], filesScanned: 1, skipped: [] } },
        [layer('other', '999988887777')]: { ok: false, error: denied('lambda:GetLayerVersionByArn') },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'clean:1': 'PASS', 'keys:1': 'FAIL', 'other:1': 'ERROR' });
    expect(findings[1].statusExtended).toContain('used by a, b');
    expect(findings[1].statusExtended).toContain('Private key (certs/client.pem line 1)');
    expect(findings[1].resource.arn).toBe(layer('keys'));
  });
  it('ERROR when the functions could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(functions, { error: denied('lambda:ListFunctions') }).set(layerSecrets, { error: denied('lambda:ListFunctions') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

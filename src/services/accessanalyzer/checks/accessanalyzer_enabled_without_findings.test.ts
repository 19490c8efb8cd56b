import { describe, expect, it } from 'vitest';
import check from './accessanalyzer_enabled_without_findings.js';
import { activeFindings, analyzers } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const an = (name: string, status = 'ACTIVE') => ({ arn: `arn:aws:access-analyzer:us-east-1:123456789012:analyzer/${name}`, name, type: 'ACCOUNT', status });

describe('accessanalyzer_enabled_without_findings', () => {
  it('PASS without findings, FAIL with findings or no active analyzer, ERROR for unreadable findings', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(analyzers, [an('clean'), an('noisy'), an('hidden'), an('broken', 'FAILED')], ['us-east-1'])
      .set(activeFindings, { [an('clean').arn]: { ok: true, data: 0 }, [an('noisy').arn]: { ok: true, data: 4 }, [an('hidden').arn]: { ok: false, error: denied('access-analyzer:ListFindings') } }, ['us-east-1'])
      .set(analyzers, [an('broken', 'FAILED')], ['eu-west-1'])
      .set(activeFindings, {}, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ clean: 'PASS', noisy: 'FAIL', hidden: 'ERROR', '123456789012': 'FAIL' });
    expect(findings.find((f) => f.region === 'eu-west-1')!.statusExtended).toMatch(/not enabled in eu-west-1 \(analyzers broken: FAILED\)/);
  });
  it('ERROR when analyzers could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(analyzers, { error: denied('access-analyzer:ListAnalyzers') }).set(activeFindings, {}));
    expect(f.status).toBe('ERROR');
  });
});

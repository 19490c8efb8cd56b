import { describe, expect, it } from 'vitest';
import check from './wellarchitected_workload_no_high_or_medium_risks.js';
import { workloads } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const w = (id: string, riskCounts: Record<string, number>) => ({ id, arn: `arn:aws:wellarchitected:us-east-1:123456789012:workload/${id}`, name: id, riskCounts });

describe('wellarchitected_workload_no_high_or_medium_risks', () => {
  it('PASS without high/medium risks, FAIL with some, ERROR when denied', () => {
    const findings = runCheck(check, new FixtureInventory().set(workloads, [w('clean', { HIGH: 0, MEDIUM: 0, NONE: 40 }), w('risky', { HIGH: 1, MEDIUM: 3 })]));
    expect(statusById(findings)).toEqual({ clean: 'PASS', risky: 'FAIL' });
    expect(findings[1].statusExtended).toBe('Workload risky has 1 high and 3 medium risk(s).');
    const [e] = runCheck(check, new FixtureInventory().set(workloads, { error: denied('wellarchitected:ListWorkloads') }));
    expect(e.status).toBe('ERROR');
  });
});

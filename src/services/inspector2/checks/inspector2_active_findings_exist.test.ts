import { describe, expect, it } from 'vitest';
import check from './inspector2_active_findings_exist.js';
import { accountStatus, activeFindings } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const enabled = { status: 'ENABLED', scans: { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'ENABLED', lambdaCode: 'ENABLED' } };
const run = (status: object, findings: object | null) => runCheck(check, new FixtureInventory().set(accountStatus, status as never).set(activeFindings, findings as never));

describe('inspector2_active_findings_exist (fixtures; the collector test uses aws-sdk-client-mock: moto cannot hold Inspector findings)', () => {
  it('PASS with no active finding, FAIL with some, nothing where Inspector is off', () => {
    expect(run(enabled, { count: 0, more: false })[0].status).toBe('PASS');
    const fail = run(enabled, { count: 100, more: true })[0];
    expect(fail.status).toBe('FAIL');
    expect(fail.statusExtended).toContain('more than 100');
    expect(run({ ...enabled, status: 'DISABLED' }, null)).toEqual([]);
  });

  it('ERROR when the findings or the status could not be read', () => {
    expect(run(enabled, { error: denied('inspector2:ListFindings') })[0]).toMatchObject({ status: 'ERROR', statusExtended: expect.stringContaining('inspector2:ListFindings') });
    expect(run({ error: denied('inspector2:BatchGetAccountStatus') }, null)[0].status).toBe('ERROR');
  });
});

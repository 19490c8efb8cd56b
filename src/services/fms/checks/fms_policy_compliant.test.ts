import { describe, expect, it } from 'vitest';
import check from './fms_policy_compliant.js';
import { policies, type FmsPolicy } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const policy = (id: string, compliance: FmsPolicy['compliance']): FmsPolicy => ({
  id,
  name: id,
  arn: `arn:aws:fms:us-east-1:123456789012:policy/${id}`,
  securityServiceType: 'WAFV2',
  remediationEnabled: false,
  compliance,
});

describe('fms_policy_compliant', () => {
  it('PASS when every member complies, FAIL naming non-compliant accounts, ERROR when the compliance was denied', () => {
    const fx = new FixtureInventory().set(policies, {
      administrator: true,
      policies: [
        policy('clean', { ok: true, data: [{ account: '111111111111', statuses: ['COMPLIANT'], violators: 0 }, { account: '222222222222', statuses: [], violators: 0 }] }),
        policy('breached', { ok: true, data: [{ account: '111111111111', statuses: ['COMPLIANT'], violators: 0 }, { account: '333333333333', statuses: ['NON_COMPLIANT'], violators: 4 }] }),
        policy('hidden', { ok: false, error: denied('fms:ListComplianceStatus') }),
      ],
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ clean: 'PASS', breached: 'FAIL', hidden: 'ERROR' });
    expect(findings[1].statusExtended).toBe('Firewall Manager policy breached is not complied with by 1 account(s): 333333333333 (4 violating resource(s)).');
  });

  it('FAIL for an administrator without any policy; nothing for an account that is not the administrator', () => {
    const none = runCheck(check, new FixtureInventory(['us-east-1', 'eu-west-1']).set(policies, { administrator: true, policies: [] }));
    expect(none.map((f) => [f.status, f.resource.id])).toEqual([['FAIL', '123456789012']]);
    expect(runCheck(check, new FixtureInventory().set(policies, { administrator: false, policies: [] }))).toEqual([]);
  });

  it('ERROR when ListPolicies failed for another reason', () => {
    const [f] = runCheck(check, new FixtureInventory().set(policies, { error: denied('fms:ListPolicies') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('fms:ListPolicies');
  });
});

import { describe, expect, it } from 'vitest';
import check from './cognito_user_pool_blocks_potential_malicious_sign_in_attempts.js';
import { userPoolRisk, userPools } from '../collectors.js';
import { STRONG, poolArn, pools } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const takeover = (t: Record<string, string> | null) => ({ ok: true as const, data: { compromisedCredentialsAction: null, compromisedCredentialsEvents: [], accountTakeover: t } });

describe('cognito_user_pool_blocks_potential_malicious_sign_in_attempts', () => {
  it('PASS when every risk level blocks; FAIL when a level only asks for MFA or nothing is set; ERROR when denied', () => {
    const list = [...pools(), { id: 'mfa-only', name: 'mfa-only', arn: poolArn('mfa-only'), detail: { ok: true as const, data: STRONG } }];
    const fx = new FixtureInventory().set(userPools, list).set(userPoolRisk, {
      [poolArn('strong')]: takeover({ low: 'BLOCK', medium: 'BLOCK', high: 'BLOCK' }),
      [poolArn('weak')]: takeover(null),
      [poolArn('mfa-only')]: takeover({ low: 'MFA_IF_CONFIGURED', medium: 'BLOCK', high: 'BLOCK' }),
      [poolArn('hidden')]: { ok: false, error: denied('cognito-idp:DescribeRiskConfiguration') },
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ strong: 'PASS', weak: 'FAIL', hidden: 'ERROR', 'mfa-only': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'mfa-only')!.statusExtended).toMatch(/does not block low risk/);
  });
});

import { describe, expect, it } from 'vitest';
import check from './cognito_user_pool_blocks_compromised_credentials_sign_in_attempts.js';
import { userPoolRisk, userPools } from '../collectors.js';
import { STRONG, poolArn, pools } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const risk = (action: string | null, events: string[] = []) => ({ ok: true as const, data: { compromisedCredentialsAction: action, compromisedCredentialsEvents: events, accountTakeover: null } });

describe('cognito_user_pool_blocks_compromised_credentials_sign_in_attempts', () => {
  it('PASS when enforced and blocking sign-ins; FAIL when not enforced, not blocking or not covering sign-in; ERROR when denied', () => {
    const list = [
      ...pools(),
      { id: 'signup-only', name: 'signup-only', arn: poolArn('signup-only'), detail: { ok: true as const, data: STRONG } },
      { id: 'no-action', name: 'no-action', arn: poolArn('no-action'), detail: { ok: true as const, data: STRONG } },
    ];
    const fx = new FixtureInventory().set(userPools, list).set(userPoolRisk, {
      [poolArn('strong')]: risk('BLOCK'),
      [poolArn('weak')]: risk('BLOCK'),
      [poolArn('signup-only')]: risk('BLOCK', ['SIGN_UP']),
      [poolArn('no-action')]: risk('NO_ACTION'),
      [poolArn('hidden')]: { ok: false, error: denied('cognito-idp:DescribeRiskConfiguration') },
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ strong: 'PASS', weak: 'FAIL', hidden: 'ERROR', 'signup-only': 'FAIL', 'no-action': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'weak')!.statusExtended).toMatch(/does not enforce threat protection/);
  });
});

import { describe, expect, it } from 'vitest';
import check from './cognito_user_pool_client_prevent_user_existence_errors.js';
import { userPoolClients, userPools } from '../collectors.js';
import { poolArn, pools } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const client = (id: string, pool: string, extra: object) => ({ id, name: id, poolId: pool, poolName: pool, arn: `${poolArn(pool)}/client/${id}`, enableTokenRevocation: false, ...extra });

describe('cognito_user_pool_client_prevent_user_existence_errors', () => {
  it('PASS and FAIL per app client; ERROR for a pool whose clients could not be read', () => {
    const fx = new FixtureInventory().set(userPools, pools()).set(userPoolClients, {
      [poolArn('strong')]: { ok: true, data: [client('good', 'strong', { preventUserExistenceErrors: 'ENABLED', enableTokenRevocation: false })] },
      [poolArn('weak')]: { ok: true, data: [client('bad', 'weak', { preventUserExistenceErrors: 'LEGACY', enableTokenRevocation: true })] },
      [poolArn('hidden')]: { ok: false, error: denied('cognito-idp:ListUserPoolClients') },
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL', hidden: 'ERROR' });
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/^App client bad of user pool weak /);
  });
});

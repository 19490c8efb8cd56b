import { describe, expect, it } from 'vitest';
import check from './cognito_user_pool_waf_acl_attached.js';
import { userPools, userPoolWebAcls } from '../collectors.js';
import { poolArn, pools } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('cognito_user_pool_waf_acl_attached', () => {
  it('PASS with a web ACL, FAIL without one, ERROR when GetWebACLForResource was denied', () => {
    const fx = new FixtureInventory().set(userPools, pools()).set(userPoolWebAcls, {
      [poolArn('strong')]: { ok: true, data: { name: 'edge-rules', arn: 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/edge-rules/1' } },
      [poolArn('weak')]: { ok: true, data: null },
      [poolArn('hidden')]: { ok: false, error: denied('wafv2:GetWebACLForResource') },
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ strong: 'PASS', weak: 'FAIL', hidden: 'ERROR' });
    expect(findings[0].statusExtended).toBe('User pool strong is protected by AWS WAF web ACL edge-rules.');
    expect(findings[1].statusExtended).toBe('User pool weak has no AWS WAF web ACL associated.');
    expect(findings[2].statusExtended).toContain('wafv2:GetWebACLForResource');
  });

  it('ERROR for every pool when the pools could not be listed', () => {
    const fx = new FixtureInventory().set(userPools, { error: denied('cognito-idp:ListUserPools') }).set(userPoolWebAcls, { error: denied('cognito-idp:ListUserPools') });
    const findings = runCheck(check, fx);
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

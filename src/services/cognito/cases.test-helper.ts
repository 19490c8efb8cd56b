/** Fixtures for the Cognito check tests. */
import { denied } from '../../../test/helpers/check.js';
import type { UserPool, UserPoolDetail } from './collectors.js';

export const poolArn = (id: string) => `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${id}`;

export const STRONG: UserPoolDetail = {
  passwordPolicy: { minimumLength: 14, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true, temporaryPasswordValidityDays: 7 },
  deletionProtection: 'ACTIVE',
  advancedSecurityMode: 'ENFORCED',
  allowAdminCreateUserOnly: true,
  mfaConfiguration: 'ON',
};
export const WEAK: UserPoolDetail = {
  passwordPolicy: { minimumLength: 8, requireUppercase: false, requireLowercase: false, requireNumbers: false, requireSymbols: false, temporaryPasswordValidityDays: 30 },
  deletionProtection: 'INACTIVE',
  advancedSecurityMode: 'AUDIT',
  allowAdminCreateUserOnly: false,
  mfaConfiguration: 'OPTIONAL',
};

/** Pools 'strong' and 'weak', plus 'hidden' whose DescribeUserPool was denied: expect PASS, FAIL and 'ERROR'. */
export function pools(): UserPool[] {
  return [
    { id: 'strong', name: 'strong', arn: poolArn('strong'), detail: { ok: true, data: STRONG } },
    { id: 'weak', name: 'weak', arn: poolArn('weak'), detail: { ok: true, data: WEAK } },
    { id: 'hidden', name: 'hidden', arn: poolArn('hidden'), detail: { ok: false, error: denied('cognito-idp:DescribeUserPool') } },
  ];
}

import { describe, expect, it } from 'vitest';
import check from './dynamodb_table_cross_account_access.js';
import { tablePolicies, tables } from '../collectors.js';
import { makeTable } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (n: string) => `arn:aws:dynamodb:us-east-1:123456789012:table/${n}`;
const policy = (principal: unknown) => JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: principal, Action: 'dynamodb:GetItem', Resource: '*' }] });

describe('dynamodb_table_cross_account_access', () => {
  const fx = () =>
    new FixtureInventory().set(tables, ['none', 'own', 'other', 'public', 'hidden'].map((n) => makeTable(n))).set(tablePolicies, {
      [arn('none')]: { ok: true, data: null },
      [arn('own')]: { ok: true, data: policy({ AWS: 'arn:aws:iam::123456789012:role/app' }) },
      [arn('other')]: { ok: true, data: policy({ AWS: 'arn:aws:iam::999988887777:root' }) },
      [arn('public')]: { ok: true, data: policy('*') },
      [arn('hidden')]: { ok: false, error: denied('dynamodb:GetResourcePolicy') },
    });
  it('PASS without a policy or with own-account principals, FAIL for other accounts or everyone, ERROR when denied', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ none: 'PASS', own: 'PASS', other: 'FAIL', public: 'FAIL', hidden: 'ERROR' });
    expect(findings.find((f) => f.resource.id === 'other')!.statusExtended).toContain('999988887777');
  });
  it('trusted_account_ids exempts reviewed accounts', () => {
    const findings = runCheck(check, fx(), { config: { dynamodb_table_cross_account_access: { trusted_account_ids: ['999988887777'] } } });
    expect(findings.find((f) => f.resource.id === 'other')!.status).toBe('PASS');
  });
});

import { describe, expect, it } from 'vitest';
import check from './ssm_documents_set_as_public.js';
import { documentPermissions, documents } from '../collectors.js';
import { organizationAccounts } from '../../organizations/collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (n: string) => `arn:aws:ssm:us-east-1:123456789012:document/${n}`;
const doc = (name: string) => ({ name, arn: arn(name), tags: {} });

const fixture = () =>
  new FixtureInventory()
    .set(documents, [doc('public'), doc('stranger'), doc('sibling'), doc('private'), doc('hidden')])
    .set(documentPermissions, {
      [arn('public')]: { ok: true, data: ['all'] },
      [arn('stranger')]: { ok: true, data: ['999999999999'] },
      [arn('sibling')]: { ok: true, data: ['222222222222'] },
      [arn('private')]: { ok: true, data: [] },
      [arn('hidden')]: { ok: false, error: denied('ssm:DescribeDocumentPermission') },
    });

describe('ssm_documents_set_as_public', () => {
  it('FAIL public or shared with strangers, PASS private or shared within the Organization, ERROR unreadable', () => {
    const fx = fixture().set(organizationAccounts, { accounts: [{ id: '123456789012' }, { id: '222222222222' }] });
    expect(statusById(runCheck(check, fx))).toEqual({ public: 'FAIL', stranger: 'FAIL', sibling: 'PASS', private: 'PASS', hidden: 'ERROR' });
  });
  it('trusted_account_ids makes a shared account known', () => {
    const findings = runCheck(check, fixture(), { config: { ssm_documents_set_as_public: { trusted_account_ids: ['999999999999'] } } });
    expect(statusById(findings)).toMatchObject({ stranger: 'PASS', sibling: 'FAIL', public: 'FAIL' });
  });
  it('ERROR when the document listing was denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(documents, { error: denied('ssm:ListDocuments') }).set(documentPermissions, {}));
    expect([f.status, f.error?.operation]).toEqual(['ERROR', 'ssm:ListDocuments']);
  });
});

import { describe, expect, it } from 'vitest';
import check from './dynamodb_table_protected_by_backup_plan.js';
import { tables, tableTags } from '../collectors.js';
import { makeTable } from '../test-fixtures.js';
import { regionSettings, selections } from '../../backup/collectors.js';
import { makeSelection } from '../../backup/test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (n: string) => `arn:aws:dynamodb:us-east-1:123456789012:table/${n}`;
const tags = (m: Record<string, Record<string, string>>) => Object.fromEntries(Object.entries(m).map(([n, t]) => [arn(n), { ok: true as const, data: t }]));

// Selections come from aws-sdk-client-mock in the collector test (moto lacks ListBackupSelections/GetBackupSelection).
describe('dynamodb_table_protected_by_backup_plan', () => {
  it('PASS when an assignment selects the table by ARN, pattern or tag; FAIL when none does or NotResources excludes it', () => {
    const fx = new FixtureInventory()
      .set(tables, ['named', 'tagged', 'tmp-scratch', 'loose', 'untagged'].map((n) => makeTable(n)))
      .set(tableTags, tags({ named: {}, tagged: { backup: 'daily' }, 'tmp-scratch': { backup: 'daily' }, loose: {}, untagged: { backup: 'never' } }))
      .set(regionSettings, { DynamoDB: true })
      .set(selections, {
        selections: [
          makeSelection({ name: 'one', planName: 'daily', resources: [arn('named')] }),
          makeSelection({ name: 'by-tag', planName: 'daily', resources: ['arn:aws:dynamodb:*:*:table/*'], notResources: ['arn:aws:dynamodb:*:*:table/tmp-*'], conditions: { stringEquals: [{ key: 'backup', value: 'daily' }] } }),
        ],
        unread: [],
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ named: 'PASS', tagged: 'PASS', 'tmp-scratch': 'FAIL', loose: 'FAIL', untagged: 'FAIL' });
    expect(findings[0].statusExtended).toContain('daily (assignment one)');
    expect(findings.find((f) => f.resource.id === 'loose')?.statusExtended).toContain('not included in any backup plan');
  });
  it('plans are regional: an assignment in another region does not protect the table (Prowler pools every region\'s plans)', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(tables, [makeTable('orders')], ['us-east-1']).set(tables, [], ['eu-west-1'])
      .set(tableTags, tags({ orders: {} }))
      .set(regionSettings, {})
      .set(selections, { selections: [], unread: [] }, ['us-east-1'])
      .set(selections, { selections: [makeSelection({ resources: ['arn:aws:dynamodb:*:*:table/*'] })], unread: [] }, ['eu-west-1']);
    expect(statusById(runCheck(check, fx))).toEqual({ orders: 'FAIL' });
  });
  it('FAIL when only "*" reaches the table and DynamoDB is not opted in (Prowler counts "*" as protection)', () => {
    const fx = new FixtureInventory()
      .set(tables, [makeTable('orders')]).set(tableTags, tags({ orders: {} }))
      .set(regionSettings, { DynamoDB: false })
      .set(selections, { selections: [makeSelection({ resources: ['*'] })], unread: [] });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('not opted in');
  });
  it('ERROR naming the call when the plans, an assignment or the tags that matter could not be read', () => {
    const base = () => new FixtureInventory().set(tables, [makeTable('orders')]).set(regionSettings, {});
    const plansDenied = runCheck(check, base().set(tableTags, tags({ orders: {} })).set(selections, { error: denied('backup:ListBackupPlans') }));
    expect(plansDenied.map((f) => f.status)).toEqual(['ERROR']);
    expect(plansDenied[0].statusExtended).toContain('backup:ListBackupPlans');
    const unread = runCheck(check, base().set(tableTags, tags({ orders: {} })).set(selections, { selections: [], unread: [{ planName: 'p', selectionName: 's', error: denied('backup:GetBackupSelection') }] }));
    expect(unread[0].statusExtended).toContain('backup:GetBackupSelection');
    const tagSel = { selections: [makeSelection({ listOfTags: [{ key: 'backup', value: 'yes' }] })], unread: [] };
    const tagsDenied = runCheck(check, base().set(tableTags, { [arn('orders')]: { ok: false, error: denied('dynamodb:ListTagsOfResource') } }).set(selections, tagSel));
    expect(tagsDenied.map((f) => f.status)).toEqual(['ERROR']);
    expect(tagsDenied[0].statusExtended).toContain('dynamodb:ListTagsOfResource');
    const listDenied = runCheck(check, new FixtureInventory().set(tables, { error: denied('dynamodb:ListTables') }).set(tableTags, {}).set(regionSettings, {}).set(selections, tagSel));
    expect(listDenied.map((f) => f.status)).toEqual(['ERROR']);
  });
});

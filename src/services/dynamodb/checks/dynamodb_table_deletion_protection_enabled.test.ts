import { describe, expect, it } from 'vitest';
import check from './dynamodb_table_deletion_protection_enabled.js';
import { tables } from '../collectors.js';
import { makeTable } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('dynamodb_table_deletion_protection_enabled', () => {
  listCases(check, tables, makeTable, { pass: [{}], fail: [{ deletionProtection: false }] });
  it('ERROR for a table DescribeTable could not read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(tables, [makeTable('t', { describeError: denied('dynamodb:DescribeTable') })]));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('dynamodb:DescribeTable');
  });
});

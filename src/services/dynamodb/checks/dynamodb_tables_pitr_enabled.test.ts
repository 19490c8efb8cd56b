import { describe, expect, it } from 'vitest';
import check from './dynamodb_tables_pitr_enabled.js';
import { continuousBackups, tables } from '../collectors.js';
import { makeTable } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (n: string) => `arn:aws:dynamodb:us-east-1:123456789012:table/${n}`;

describe('dynamodb_tables_pitr_enabled', () => {
  it('PASS with point-in-time recovery, FAIL without, ERROR when the setting was denied', () => {
    const fx = new FixtureInventory()
      .set(tables, [makeTable('on'), makeTable('off'), makeTable('hidden')])
      .set(continuousBackups, { [arn('on')]: { ok: true, data: true }, [arn('off')]: { ok: true, data: false }, [arn('hidden')]: { ok: false, error: denied('dynamodb:DescribeContinuousBackups') } });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ on: 'PASS', off: 'FAIL', hidden: 'ERROR' });
    expect(findings[2].statusExtended).toContain('dynamodb:DescribeContinuousBackups');
  });
  it('ERROR for the region when the tables could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(tables, { error: denied('dynamodb:ListTables') }).set(continuousBackups, {}));
    expect(f.status).toBe('ERROR');
  });
});

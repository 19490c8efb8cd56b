import { describe, expect, it } from 'vitest';
import check from './dynamodb_table_autoscaling_enabled.js';
import { tables } from '../collectors.js';
import { makeTable } from '../test-fixtures.js';
import { scalingOf, type ScalableTarget } from '../../applicationautoscaling/collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const scaling = scalingOf('dynamodb');
const R = 'dynamodb:table:ReadCapacityUnits';
const W = 'dynamodb:table:WriteCapacityUnits';
const target = (table: string, dimension: string, o: Partial<ScalableTarget> = {}): ScalableTarget => ({ resourceId: `table/${table}`, dimension, min: 5, max: 100, suspended: { scaleIn: false, scaleOut: false, scheduled: false }, ...o });
const policy = (table: string, dimension: string) => ({ name: 'p', resourceId: `table/${table}`, dimension, type: 'TargetTrackingScaling' });
const provisioned = (n: string) => makeTable(n, { billingMode: 'PROVISIONED' });

describe('dynamodb_table_autoscaling_enabled', () => {
  it('PASS on-demand or fully scaled; FAIL without targets, without policies (Prowler accepts a bare target) or with scale-out suspended', () => {
    const fx = new FixtureInventory()
      .set(tables, [makeTable('ondemand'), provisioned('scaled'), provisioned('fixed'), provisioned('read-only'), provisioned('no-policy'), provisioned('suspended')])
      .set(scaling, {
        targets: [
          target('scaled', R), target('scaled', W), target('read-only', R), target('no-policy', R), target('no-policy', W),
          target('suspended', R), target('suspended', W, { suspended: { scaleIn: false, scaleOut: true, scheduled: false } }),
        ],
        policies: [policy('scaled', R), policy('scaled', W), policy('read-only', R), policy('suspended', R), policy('suspended', W)],
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ ondemand: 'PASS', scaled: 'PASS', fixed: 'FAIL', 'read-only': 'FAIL', 'no-policy': 'FAIL', suspended: 'FAIL' });
    const says = (id: string) => findings.find((f) => f.resource.id === id)?.statusExtended;
    expect(says('read-only')).toContain('write capacity has no scalable target');
    expect(says('read-only')).not.toContain('read capacity');
    expect(says('no-policy')).toContain('no scaling policy');
    expect(says('suspended')).toContain('write capacity has scale-out suspended');
  });
  it('a global secondary index with fixed capacity fails its table (Prowler looks at the table only)', () => {
    const IR = 'dynamodb:index:ReadCapacityUnits';
    const IW = 'dynamodb:index:WriteCapacityUnits';
    const idx = (table: string, index: string, dimension: string) => ({ ...target(table, dimension), resourceId: `table/${table}/index/${index}` });
    const ipol = (table: string, index: string, dimension: string) => ({ ...policy(table, dimension), resourceId: `table/${table}/index/${index}` });
    const fx = new FixtureInventory()
      .set(tables, [makeTable('all', { billingMode: 'PROVISIONED', globalIndexes: ['by-date'] }), makeTable('gap', { billingMode: 'PROVISIONED', globalIndexes: ['by-date'] })])
      .set(scaling, {
        targets: [target('all', R), target('all', W), idx('all', 'by-date', IR), idx('all', 'by-date', IW), target('gap', R), target('gap', W), idx('gap', 'by-date', IR)],
        policies: [policy('all', R), policy('all', W), ipol('all', 'by-date', IR), ipol('all', 'by-date', IW), policy('gap', R), policy('gap', W), ipol('gap', 'by-date', IR)],
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ all: 'PASS', gap: 'FAIL' });
    expect(findings[0].statusExtended).toContain('1 global secondary index');
    expect(findings[1].statusExtended).toContain('index by-date write capacity has no scalable target');
  });
  it('ERROR naming the call when the scalable targets were denied (on-demand tables still pass), or a table could not be described', () => {
    const fx = new FixtureInventory()
      .set(tables, [makeTable('ondemand'), provisioned('fixed'), makeTable('hidden', { describeError: denied('dynamodb:DescribeTable') })])
      .set(scaling, { error: denied('application-autoscaling:DescribeScalableTargets') });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ ondemand: 'PASS', fixed: 'ERROR', hidden: 'ERROR' });
    expect(findings.find((f) => f.resource.id === 'fixed')?.statusExtended).toContain('application-autoscaling:DescribeScalableTargets');
  });
});

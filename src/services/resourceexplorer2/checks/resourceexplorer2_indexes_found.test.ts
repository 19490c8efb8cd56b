import { describe, expect, it } from 'vitest';
import check from './resourceexplorer2_indexes_found.js';
import { indexes } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const run = (v: unknown) => runCheck(check, new FixtureInventory().set(indexes, v as never))[0];

describe('resourceexplorer2_indexes_found', () => {
  it('PASS with an index, FAIL without, ERROR when denied', () => {
    const pass = run([{ arn: 'arn:x', region: 'us-east-1', type: 'AGGREGATOR' }]);
    expect([pass.status, pass.statusExtended]).toEqual(['PASS', 'Resource Explorer has 1 index(es), with the aggregator in us-east-1.']);
    expect(run([]).status).toBe('FAIL');
    expect(run({ error: denied('resource-explorer-2:ListIndexes') }).status).toBe('ERROR');
  });
});

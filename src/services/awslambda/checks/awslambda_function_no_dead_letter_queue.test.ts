import { describe, expect, it } from 'vitest';
import check from './awslambda_function_no_dead_letter_queue.js';
import { functions } from '../collectors.js';
import { makeFn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('awslambda_function_no_dead_letter_queue', () => {
  it('PASS with a dead-letter target, FAIL without', () => {
    const fx = new FixtureInventory().set(functions, [makeFn('dlq', { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:dlq' }), makeFn('none')]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ dlq: 'PASS', none: 'FAIL' });
    expect(findings[0].statusExtended).toContain(':dlq');
  });
  it('ERROR when the functions could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(functions, { error: denied('lambda:ListFunctions') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

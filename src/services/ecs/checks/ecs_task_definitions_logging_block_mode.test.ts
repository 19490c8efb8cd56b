import { describe, expect, it } from 'vitest';
import check from './ecs_task_definitions_logging_block_mode.js';
import { container, td, withTaskDefinitions } from '../test-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ecs_task_definitions_logging_block_mode', () => {
  it('PASS for a compliant task definition, FAIL naming what is wrong, ERROR for one that could not be described', () => {
    const findings = runCheck(check, withTaskDefinitions([td('good', [container('app'), container('nolog', { logDriver: undefined, logMode: undefined })]), td('bad', [container('explicit', { logMode: 'blocking' }), container('dflt', { logMode: undefined })])], 'hidden'));
    expect(statusById(findings)).toEqual({ 'good:1': 'PASS', 'bad:1': 'FAIL', 'hidden:1': 'ERROR' });
    expect(findings[1].statusExtended).toContain('blocking (explicitly or by default): explicit, dflt');
    expect(findings[2].statusExtended).toContain('ecs:DescribeTaskDefinition');
  });
});

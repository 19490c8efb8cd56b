import { describe, expect, it } from 'vitest';
import check from './ecs_task_definitions_no_privileged_containers.js';
import { container, td, withTaskDefinitions } from '../test-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ecs_task_definitions_no_privileged_containers', () => {
  it('PASS for a compliant task definition, FAIL naming what is wrong, ERROR for one that could not be described', () => {
    const findings = runCheck(check, withTaskDefinitions([td('good', [container('app')]), td('bad', [container('app', { privileged: true })])], 'hidden'));
    expect(statusById(findings)).toEqual({ 'good:1': 'PASS', 'bad:1': 'FAIL', 'hidden:1': 'ERROR' });
    expect(findings[1].statusExtended).toContain('privileged containers: app');
    expect(findings[2].statusExtended).toContain('ecs:DescribeTaskDefinition');
  });
});

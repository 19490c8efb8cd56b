import { describe, expect, it } from 'vitest';
import check from './ecs_task_definitions_host_namespace_not_shared.js';
import { container, td, withTaskDefinitions } from '../test-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ecs_task_definitions_host_namespace_not_shared', () => {
  it('PASS for a compliant task definition, FAIL naming what is wrong, ERROR for one that could not be described', () => {
    const findings = runCheck(check, withTaskDefinitions([td('good', [container('app')]), td('bad', [container('app')], { ipcMode: 'host' })], 'hidden'));
    expect(statusById(findings)).toEqual({ 'good:1': 'PASS', 'bad:1': 'FAIL', 'hidden:1': 'ERROR' });
    expect(findings[1].statusExtended).toContain('IPC (ipcMode host)');
    expect(findings[2].statusExtended).toContain('ecs:DescribeTaskDefinition');
  });
});

describe('ecs_task_definitions_host_namespace_not_shared (pid)', () => {
  it('FAIL for the host process namespace too', () => {
    const findings = runCheck(check, withTaskDefinitions([td('pid', [container('a')], { pidMode: 'host' })]));
    expect(findings[0].status).toBe('FAIL');
    expect(findings[0].statusExtended).toContain('process (pidMode host)');
  });
});

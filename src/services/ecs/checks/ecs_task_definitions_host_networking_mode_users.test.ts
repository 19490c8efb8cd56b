import { describe, expect, it } from 'vitest';
import check from './ecs_task_definitions_host_networking_mode_users.js';
import { container, td, withTaskDefinitions } from '../test-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ecs_task_definitions_host_networking_mode_users', () => {
  it('PASS for a compliant task definition, FAIL naming what is wrong, ERROR for one that could not be described', () => {
    const findings = runCheck(check, withTaskDefinitions([td('good', [container('app', { user: undefined })]), td('bad', [container('ok'), container('rootuser', { user: '0:0' }), container('nouser', { user: undefined })], { networkMode: 'host' })], 'hidden'));
    expect(statusById(findings)).toEqual({ 'good:1': 'PASS', 'bad:1': 'FAIL', 'hidden:1': 'ERROR' });
    expect(findings[1].statusExtended).toContain('run as root: rootuser, nouser');
    expect(findings[2].statusExtended).toContain('ecs:DescribeTaskDefinition');
  });
});

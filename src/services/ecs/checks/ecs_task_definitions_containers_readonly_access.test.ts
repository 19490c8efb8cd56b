import { describe, expect, it } from 'vitest';
import check from './ecs_task_definitions_containers_readonly_access.js';
import { container, td, withTaskDefinitions } from '../test-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ecs_task_definitions_containers_readonly_access', () => {
  it('PASS for a compliant task definition, FAIL naming what is wrong, ERROR for one that could not be described', () => {
    const findings = runCheck(check, withTaskDefinitions([td('good', [container('app')]), td('bad', [container('app'), container('sidecar', { readonlyRootFilesystem: false })])], 'hidden'));
    expect(statusById(findings)).toEqual({ 'good:1': 'PASS', 'bad:1': 'FAIL', 'hidden:1': 'ERROR' });
    expect(findings[1].statusExtended).toContain('writable root file system: sidecar');
    expect(findings[2].statusExtended).toContain('ecs:DescribeTaskDefinition');
  });
});

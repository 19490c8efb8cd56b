import { describe, expect, it } from 'vitest';
import check from './ecs_task_definitions_no_environment_secrets.js';
import { container, td, withTaskDefinitions } from '../test-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

const hit = (key: string, kind: string) => ({ kind, rule: 'r', line: 1, key, location: `variable ${key}` });

describe('ecs_task_definitions_no_environment_secrets', () => {
  const defs = () => [
    td('good', [container('app', { envNames: ['PORT'] })]),
    td('bad', [container('app'), container('worker', { envNames: ['API_TOKEN'], envSecrets: [hit('API_TOKEN', 'Slack token')] })]),
  ];
  it('PASS without secrets, FAIL naming container, variable and kind, ERROR when undescribable', () => {
    const findings = runCheck(check, withTaskDefinitions(defs(), 'hidden'));
    expect(statusById(findings)).toEqual({ 'good:1': 'PASS', 'bad:1': 'FAIL', 'hidden:1': 'ERROR' });
    expect(findings[1].statusExtended).toBe('ECS task definition bad:1 has secrets in container environment variables: Slack token (container worker variable API_TOKEN).');
  });
  it('secrets_ignore_patterns drops hits by variable name', () => {
    const findings = runCheck(check, withTaskDefinitions(defs()), { config: { ecs_task_definitions_no_environment_secrets: { secrets_ignore_patterns: ['^API_'] } } });
    expect(statusById(findings)['bad:1']).toBe('PASS');
  });
});

import { describe, expect, it } from 'vitest';
import check from './batch_job_definition_no_secrets.js';
import { jobDefinitions } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const jd = (name: string, envSecrets: Array<{ key: string; kind: string }> = []) => ({
  arn: `arn:aws:batch:us-east-1:123456789012:job-definition/${name}:1`,
  name,
  revision: 1,
  envNames: envSecrets.map((h) => h.key),
  envSecrets: envSecrets.map((h) => ({ ...h, rule: 'r', line: 1, location: `variable ${h.key}` })),
});

describe('batch_job_definition_no_secrets', () => {
  const fx = () => new FixtureInventory().set(jobDefinitions, [jd('clean'), jd('leaky', [{ key: 'NPM_TOKEN', kind: 'npm token' }])]);
  it('PASS without secrets, FAIL naming variable and kind', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ 'clean:1': 'PASS', 'leaky:1': 'FAIL' });
    expect(findings[1].statusExtended).toContain('npm token (variable NPM_TOKEN)');
  });
  it('secrets_ignore_patterns drops hits by name', () => {
    const findings = runCheck(check, fx(), { config: { batch_job_definition_no_secrets: { secrets_ignore_patterns: ['^NPM_'] } } });
    expect(statusById(findings)['leaky:1']).toBe('PASS');
  });
  it('ERROR when job definitions could not be read', () => {
    const findings = runCheck(check, new FixtureInventory().set(jobDefinitions, { error: denied('batch:DescribeJobDefinitions') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

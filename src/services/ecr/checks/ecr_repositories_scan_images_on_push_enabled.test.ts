import { describe, expect, it } from 'vitest';
import check from './ecr_repositories_scan_images_on_push_enabled.js';
import { repositories } from '../collectors.js';
import { repo } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ecr_repositories_scan_images_on_push_enabled', () => {
  it('PASS and FAIL per repository', () => {
    const findings = runCheck(check, new FixtureInventory().set(repositories, [repo('good', {}), repo('bad', { scanOnPush: false })]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL' });
    expect(findings[1].statusExtended).toContain('does not scan images on push');
  });
  it('ERROR when repositories could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(repositories, { error: denied('ecr:DescribeRepositories') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

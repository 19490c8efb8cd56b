import { describe, expect, it } from 'vitest';
import check from './ecr_repositories_lifecycle_policy_enabled.js';
import { lifecyclePolicies, repositories } from '../collectors.js';
import { repo, repoArn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ecr_repositories_lifecycle_policy_enabled', () => {
  it('PASS with a policy, FAIL without, ERROR when unreadable', () => {
    const fx = new FixtureInventory()
      .set(repositories, [repo('good'), repo('bad'), repo('hidden')])
      .set(lifecyclePolicies, {
        [repoArn('good')]: { ok: true, data: '{"rules":[]}' },
        [repoArn('bad')]: { ok: true, data: null },
        [repoArn('hidden')]: { ok: false, error: denied('ecr:GetLifecyclePolicy') },
      });
    expect(statusById(runCheck(check, fx))).toEqual({ good: 'PASS', bad: 'FAIL', hidden: 'ERROR' });
  });
});

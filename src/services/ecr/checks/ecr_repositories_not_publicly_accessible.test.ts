import { describe, expect, it } from 'vitest';
import check from './ecr_repositories_not_publicly_accessible.js';
import { repositories, repositoryPolicies } from '../collectors.js';
import { repo, repoArn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const policy = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

describe('ecr_repositories_not_publicly_accessible', () => {
  it('PASS without a policy or for an org-scoped one, FAIL for a public pull, ERROR when unreadable', () => {
    const fx = new FixtureInventory()
      .set(repositories, [repo('none'), repo('org'), repo('open'), repo('hidden')])
      .set(repositoryPolicies, {
        [repoArn('none')]: { ok: true, data: null },
        [repoArn('org')]: { ok: true, data: policy({ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }) },
        [repoArn('open')]: { ok: true, data: policy({ Sid: 'pull', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }) },
        [repoArn('hidden')]: { ok: false, error: denied('ecr:GetRepositoryPolicy') },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ none: 'PASS', org: 'PASS', open: 'FAIL', hidden: 'ERROR' });
    expect(findings[2].statusExtended).toContain('"pull"');
  });
});

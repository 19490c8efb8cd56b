import { describe, expect, it } from 'vitest';
import check from './ecr_repository_image_no_secrets.js';
import { latestImageSecrets, repositories, type ImageSecretScan } from '../collectors.js';
import { repo, repoArn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const D = 'sha256:feedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedface';
const ok = (data: ImageSecretScan | null) => ({ ok: true as const, data });
const fixture = (entries: Record<string, ReturnType<typeof ok>>) =>
  new FixtureInventory().set(repositories, Object.keys(entries).map((n) => repo(n))).set(latestImageSecrets, Object.fromEntries(Object.entries(entries).map(([n, e]) => [repoArn(n), e])));
const HIT = { kind: 'AWS secret access key', rule: 'x', line: 1, key: 'AWS_SECRET_ACCESS_KEY', location: 'environment variable AWS_SECRET_ACCESS_KEY' };

describe('ecr_repository_image_no_secrets', () => {
  it('PASS for a clean configuration, FAIL naming where a secret is, MANUAL when it could not be scanned; empty repositories skipped', () => {
    const findings = runCheck(check, fixture({
      clean: ok({ scanned: true, digest: D, hits: [] }),
      leaky: ok({ scanned: true, digest: D, hits: [HIT, { kind: 'Password in assignment', rule: 'prowl/keyword', line: 3, location: 'build history step 3' }] }),
      big: ok({ scanned: false, digest: D, reason: 'the image configuration is larger than 4 MiB' }),
      empty: ok(null),
    }));
    expect(statusById(findings)).toEqual({ clean: 'PASS', leaky: 'FAIL', big: 'MANUAL' });
    expect(findings[1].statusExtended).toBe(
      'The configuration of the latest image of ECR repository leaky (sha256:feedfacefeed) has 2 potential secrets: AWS secret access key (environment variable AWS_SECRET_ACCESS_KEY), Password in assignment (build history step 3).',
    );
  });

  it('drops hits matching secrets_ignore_patterns', () => {
    const fx = fixture({ leaky: ok({ scanned: true, digest: D, hits: [HIT] }) });
    expect(runCheck(check, fx, { config: { [check.id]: { secrets_ignore_patterns: ['^AWS_SECRET'] } } })[0].status).toBe('PASS');
  });

  it('ERROR naming the call when the manifest or the configuration could not be read', () => {
    const fx = new FixtureInventory().set(repositories, [repo('r')]).set(latestImageSecrets, { [repoArn('r')]: { ok: false, error: denied('ecr:GetDownloadUrlForLayer') } });
    expect(runCheck(check, fx)[0]).toMatchObject({ status: 'ERROR', statusExtended: expect.stringContaining('ecr:GetDownloadUrlForLayer') });
  });
});

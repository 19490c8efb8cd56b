import { describe, expect, it } from 'vitest';
import check from './ecr_repositories_scan_vulnerabilities_in_latest_image.js';
import { latestImageScans, repositories, type ImageScan } from '../collectors.js';
import { repo, repoArn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const D = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const scanned = (scan: ImageScan | null) => ({ ok: true as const, data: { digest: D, scan } });
const fixture = (entries: Record<string, ReturnType<typeof scanned> | { ok: true; data: null }>) =>
  new FixtureInventory().set(repositories, Object.keys(entries).map((n) => repo(n))).set(latestImageScans, Object.fromEntries(Object.entries(entries).map(([n, e]) => [repoArn(n), e])));

describe('ecr_repositories_scan_vulnerabilities_in_latest_image', () => {
  it('PASS without findings at or above MEDIUM; FAIL with them, never scanned, or with an unusable scan; empty repositories skipped', () => {
    const findings = runCheck(check, fixture({
      clean: scanned({ status: 'COMPLETE', severityCounts: { LOW: 4, INFORMATIONAL: 2 } }),
      vulnerable: scanned({ status: 'COMPLETE', severityCounts: { CRITICAL: 1, HIGH: 2, LOW: 3 } }),
      never: scanned(null),
      failed: scanned({ status: 'UNSUPPORTED_IMAGE', description: 'The operating system is not supported', severityCounts: {} }),
      running: scanned({ status: 'IN_PROGRESS', severityCounts: {} }),
      empty: { ok: true, data: null },
    }));
    expect(statusById(findings)).toEqual({ clean: 'PASS', vulnerable: 'FAIL', never: 'FAIL', failed: 'FAIL', running: 'MANUAL' });
    const text = (id: string) => findings.find((f) => f.resource.id === id)!.statusExtended;
    expect(text('vulnerable')).toBe('The latest image of ECR repository vulnerable (sha256:0123456789ab) has vulnerabilities at or above MEDIUM: CRITICAL 1, HIGH 2.');
    expect(text('never')).toContain('was never scanned');
    expect(text('failed')).toContain('status UNSUPPORTED_IMAGE (The operating system is not supported)');
  });

  it('follows ecr_repository_vulnerability_minimum_severity, LOW and INFORMATIONAL included', () => {
    const fx = fixture({ r: scanned({ status: 'ACTIVE', severityCounts: { HIGH: 2, LOW: 1 } }) });
    expect(runCheck(check, fx, { config: { [check.id]: { ecr_repository_vulnerability_minimum_severity: 'CRITICAL' } } })[0].status).toBe('PASS');
    // Prowler accepts LOW and INFORMATIONAL but compares only CRITICAL, HIGH and MEDIUM, so they never fail there.
    const low = runCheck(check, fixture({ r: scanned({ status: 'COMPLETE', severityCounts: { LOW: 1 } }) }), { config: { [check.id]: { ecr_repository_vulnerability_minimum_severity: 'LOW' } } });
    expect(low[0].status).toBe('FAIL');
    expect(low[0].statusExtended).toContain('at or above LOW: LOW 1');
  });

  it('ERROR naming the call when the scan or the repositories could not be read', () => {
    const fx = new FixtureInventory().set(repositories, [repo('r')]).set(latestImageScans, { [repoArn('r')]: { ok: false, error: denied('ecr:DescribeImageScanFindings') } });
    expect(runCheck(check, fx)[0]).toMatchObject({ status: 'ERROR', statusExtended: expect.stringContaining('ecr:DescribeImageScanFindings') });
    const none = new FixtureInventory().set(repositories, { error: denied('ecr:DescribeRepositories') }).set(latestImageScans, {});
    expect(runCheck(check, none)[0].statusExtended).toContain('ecr:DescribeRepositories');
  });
});

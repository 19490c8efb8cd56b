import { describe, expect, it } from 'vitest';
import check from './ec2_elastic_ip_shodan.js';
import { addresses, shodanLookups, type ElasticIp } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';
import { parseConfig } from '../../../config.js';
import { scanSettings } from '../../../core/collect.js';

const eip = (id: string, publicIp?: string): ElasticIp => ({ id, arn: `arn:aws:ec2:us-east-1:123456789012:elastic-ip/${id}`, ...(publicIp ? { publicIp } : {}), tags: {} });
const EIPS = [eip('eipalloc-seen', '203.0.113.10'), eip('eipalloc-quiet', '203.0.113.11'), eip('eipalloc-broken', '203.0.113.12')];

describe('ec2_elastic_ip_shodan', () => {
  it('reports nothing without a Shodan API key, as Prowler does', () => {
    const fx = new FixtureInventory().set(addresses, EIPS).set(shodanLookups, { configured: false });
    expect(runCheck(check, fx)).toEqual([]);
    // Not even when the addresses could not be listed: the check did not run.
    expect(runCheck(check, new FixtureInventory().set(addresses, { error: denied('ec2:DescribeAddresses') }).set(shodanLookups, { configured: false }))).toEqual([]);
  });

  it('FAIL for an address Shodan lists, PASS for one it does not know, ERROR for a failed lookup; the key shows only as set', () => {
    const fx = new FixtureInventory().set(addresses, EIPS).set(shodanLookups, {
      configured: true,
      hosts: {
        '203.0.113.10': { ok: true, data: { listed: true, ports: [22, 443], isp: 'Amazon.com', country: 'United States' } },
        '203.0.113.11': { ok: true, data: { listed: false } },
        '203.0.113.12': { ok: false, error: { kind: 'Throttled', code: 'ThrottlingException', operation: 'shodan:HostLookup', message: 'Shodan answered HTTP 429' } },
      },
    });
    const findings = runCheck(check, fx, { config: { [check.id]: { shodan_api_key: 'k-very-secret-1' } } });
    expect(statusById(findings)).toEqual({ 'eipalloc-seen': 'FAIL', 'eipalloc-quiet': 'PASS', 'eipalloc-broken': 'ERROR' });
    expect(findings[0].statusExtended).toBe('Elastic IP 203.0.113.10 (eipalloc-seen) is listed in Shodan with open ports 22, 443 (ISP Amazon.com, United States): https://www.shodan.io/host/203.0.113.10');
    expect(findings[2].statusExtended).toContain('shodan:HostLookup');
    expect(findings[0].params).toEqual({ shodan_api_key: 'set' });
    expect(JSON.stringify(findings)).not.toContain('k-very-secret-1');
  });

  it('ERROR when the addresses could not be listed while a key is set', () => {
    const fx = new FixtureInventory().set(addresses, { error: denied('ec2:DescribeAddresses') }).set(shodanLookups, { error: denied('ec2:DescribeAddresses') });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('ec2:DescribeAddresses');
  });

  it("takes the key from Prowler's config.yaml (aws.shodan_api_key) to the collector; Prowler's null leaves it unset", () => {
    const config = parseConfig('aws:\n  shodan_api_key: "k-from-yaml"\n', 'config.yaml', [check]);
    expect(scanSettings([check], config).shodan_api_key).toBe('k-from-yaml');
    expect(scanSettings([check], parseConfig('aws:\n  shodan_api_key: null\n', 'config.yaml', [check])).shodan_api_key).toBe('');
  });
});

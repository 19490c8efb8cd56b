import { describe, expect, it } from 'vitest';
import check from './opensearch_service_domains_not_publicly_accessible.js';
import { domains } from '../collectors.js';
import { makeDomain } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';
import { FixtureInventory, runCheck } from '../../../../test/helpers/check.js';

const policy = (condition?: object) =>
  JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: 'arn:aws:es:us-east-1:123456789012:domain/d/*', ...(condition ? { Condition: condition } : {}) }] });

describe('opensearch_service_domains_not_publicly_accessible', () => {
  listCases(check, domains, makeDomain, {
    pass: [{}, { vpcId: undefined, accessPolicy: null }, { vpcId: undefined, accessPolicy: policy({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }) }],
    fail: [{ vpcId: undefined, accessPolicy: policy() }],
    failSays: 'grants access to everyone',
  });
  it('a VPC domain passes whatever its policy says', () => {
    const [f] = runCheck(check, new FixtureInventory().set(domains, [makeDomain('inside', { accessPolicy: policy() })]));
    expect(f.status).toBe('PASS');
  });
  it('ERROR for an access policy that is not JSON', () => {
    const [f] = runCheck(check, new FixtureInventory().set(domains, [makeDomain('broken', { vpcId: undefined, accessPolicy: '{oops' })]));
    expect(f.status).toBe('ERROR');
  });
});

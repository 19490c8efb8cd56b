import { describe, expect, it } from 'vitest';
import { entryFor } from './resource-policy.js';
import type { CallError, Result } from '../core/types.js';

const denied: CallError = { kind: 'AccessDenied', code: 'AccessDenied', operation: 'sqs:ListQueues', message: 'no' };

describe('entryFor', () => {
  const fact: Result<Record<string, Result<string>>> = { ok: true, data: { a: { ok: true, data: 'policy' } } };

  it("returns the item's own entry", () => {
    expect(entryFor(fact, 'a', 'sqs:GetQueueAttributes')).toEqual({ ok: true, data: 'policy' });
  });

  it('is an error naming the operation when the item has no entry (never empty data)', () => {
    expect(entryFor(fact, 'b', 'sqs:GetQueueAttributes')).toMatchObject({
      ok: false,
      error: { code: 'NotCollected', operation: 'sqs:GetQueueAttributes' },
    });
  });

  it("is the whole fact's error when the fact failed", () => {
    expect(entryFor({ ok: false, error: denied }, 'a', 'sqs:GetQueueAttributes')).toEqual({ ok: false, error: denied });
  });
});

describe('listed: regional "not available here" is not an ERROR, a denial is', async () => {
  const { FixtureInventory, runCheck } = await import('../../test/helpers/check.js');
  const glacierCheck = (await import('../services/glacier/checks/glacier_vaults_policy_public_access.js')).default;
  const { vaultPolicies, vaults } = await import('../services/glacier/collectors.js');
  const { toCallError } = await import('../aws/errors.js');
  const regions = ['us-east-1', 'eu-west-1', 'ap-east-1', 'me-south-1'];
  const arn = 'arn:aws:glacier:us-east-1:123456789012:vaults/v';
  // What the SDK throws when the service has no endpoint in a region, and when the account has not enabled it.
  const noEndpoint = toCallError('glacier:ListVaults', Object.assign(new Error('getaddrinfo ENOTFOUND glacier.ap-east-1.amazonaws.com'), { code: 'ENOTFOUND', hostname: 'glacier.ap-east-1.amazonaws.com', syscall: 'getaddrinfo' }));
  const optIn = toCallError('glacier:ListVaults', Object.assign(new Error('You are not subscribed to this service'), { name: 'OptInRequired', $metadata: { httpStatusCode: 401 } }));
  const fx = new FixtureInventory(regions)
    .set(vaults, [{ name: 'v', arn }], ['us-east-1'])
    .set(vaultPolicies, { [arn]: { ok: true, data: null } }, ['us-east-1'])
    .set(vaults, { error: denied }, ['eu-west-1'])
    .set(vaults, { error: noEndpoint }, ['ap-east-1'])
    .set(vaults, { error: optIn }, ['me-south-1'])
    .set(vaultPolicies, {}, ['eu-west-1', 'ap-east-1', 'me-south-1']);

  it('classifies a missing regional endpoint and OptInRequired as not available here', () => {
    expect(noEndpoint).toMatchObject({ kind: 'Unavailable' });
    expect(optIn).toMatchObject({ kind: 'OptInRequired', httpStatus: 401 });
  });

  it('reports the denied region as ERROR and nothing for regions where the service is not available', () => {
    const findings = runCheck(glacierCheck, fx);
    expect(findings.map((f) => [f.region, f.status]).sort()).toEqual([
      ['eu-west-1', 'ERROR'],
      ['us-east-1', 'PASS'],
    ]);
    expect(findings.find((f) => f.status === 'ERROR')!.statusExtended).toContain('sqs:ListQueues access denied (AccessDenied)');
  });
});

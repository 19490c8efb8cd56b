import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchGetAccountStatusCommand, EnableCommand, Inspector2Client, ListFindingsCommand } from '@aws-sdk/client-inspector2';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { accountStatus, activeFindings } from './collectors.js';

describe('inspector2 collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads the account status per region, and findings only where Inspector is enabled', async () => {
    const client = new Inspector2Client(moto.config('us-east-1'));
    await client.send(new EnableCommand({ accountIds: ['123456789012'], resourceTypes: ['EC2', 'ECR'] }));
    const inv = await collectFromMoto(moto, [accountStatus, activeFindings], ['us-east-1', 'eu-west-1']);
    const us = inv.get(accountStatus, 'us-east-1');
    expect(us.ok && us.data.status).toBe('ENABLED');
    expect(us.ok && us.data.scans.ec2).toBe('ENABLED');
    expect(us.ok && us.data.scans.lambda).not.toBe('ENABLED');
    const eu = inv.get(accountStatus, 'eu-west-1');
    expect(eu.ok && eu.data.status).not.toBe('ENABLED');
    expect(inv.get(activeFindings, 'us-east-1')).toEqual({ ok: true, data: { count: 0, more: false } });
    expect(inv.get(activeFindings, 'eu-west-1')).toEqual({ ok: true, data: null });
  });
});

describe('inspector2 collectors (aws-sdk-client-mock: moto cannot hold Inspector findings)', () => {
  it('counts active findings, and turns a per-account failure into an error', async () => {
    const mock = mockClient(Inspector2Client);
    mock.on(BatchGetAccountStatusCommand).resolves({ accounts: [{ accountId: '123456789012', state: { status: 'ENABLED' } as never, resourceState: {} as never }], failedAccounts: [] });
    mock.on(ListFindingsCommand).resolves({ findings: [{}, {}] as never, nextToken: 'x' });
    try {
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [accountStatus, activeFindings]);
      expect(inv.get(activeFindings)).toEqual({ ok: true, data: { count: 2, more: true } });
      expect(mock.commandCalls(ListFindingsCommand)[0].args[0].input.filterCriteria?.findingStatus).toEqual([{ comparison: 'EQUALS', value: 'ACTIVE' }]);
    } finally {
      mock.restore();
    }
    const denied = mockClient(Inspector2Client);
    denied.on(BatchGetAccountStatusCommand).resolves({ accounts: [], failedAccounts: [{ accountId: '123456789012', errorCode: 'ACCESS_DENIED', errorMessage: 'not allowed' }] });
    try {
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [accountStatus]);
      expect(inv.get(accountStatus)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'inspector2:BatchGetAccountStatus' } });
    } finally {
      denied.restore();
    }
  });
});

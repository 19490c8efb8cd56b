/**
 * A scan that cannot run fails at once and says why (aws-sdk-client-mock: moto's AssumeRole accepts any
 * role and external id, so the refusals are mocked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { testService, until, type TestService } from '../helpers/service.js';
import { startWorker, type WorkerHandle } from '../../src/service/worker.js';

let svc: TestService;
let worker: WorkerHandle;
let key: string;
const sts = mockClient(STSClient);

beforeAll(async () => {
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' });
  svc = await testService();
  worker = await startWorker(svc.ctx, 'failing-worker');
  key = await svc.tenantKey('acme');
}, 60_000);
afterAll(async () => {
  sts.restore();
  await worker?.stop();
  await svc?.close();
});

describe('scans that cannot run (aws-sdk-client-mock: moto does not enforce trust policies or external ids)', () => {
  it('a role that refuses the external id fails the scan on its first attempt, naming the role and what to check', async () => {
    sts.on(AssumeRoleCommand).rejects(Object.assign(new Error('User is not authorized to perform: sts:AssumeRole'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
    const acct = (await (await svc.request('/v1/accounts', { method: 'POST', key, body: JSON.stringify({ name: 'locked', role_arn: 'arn:aws:iam::444455556666:role/ProwlScanRole' }) })).json()) as { id: string };
    const { id } = (await (await svc.request('/v1/scans', { method: 'POST', key, body: JSON.stringify({ account_id: acct.id, checks: ['iam_root_mfa_enabled'] }) })).json()) as { id: string };
    const v = await until(async () => {
      const r = (await (await svc.request(`/v1/scans/${id}`, { key })).json()) as { status: string; error: string; attempts: number };
      return r.status === 'failed' || r.status === 'succeeded' ? r : undefined;
    }, 60_000);
    expect(v.status).toBe('failed');
    expect(v.attempts).toBe(1);
    expect(v.error).toContain('arn:aws:iam::444455556666:role/ProwlScanRole could not be assumed (AccessDenied)');
    expect(v.error).toContain("external id");
    const call = sts.commandCalls(AssumeRoleCommand)[0].args[0].input;
    const [row] = await svc.ctx.db.query<{ external_id: string }>('SELECT external_id FROM accounts WHERE id = $1', [acct.id]);
    expect(call.ExternalId).toBe(row.external_id);
    expect(call.RoleArn).toBe('arn:aws:iam::444455556666:role/ProwlScanRole');
  }, 90_000);
});

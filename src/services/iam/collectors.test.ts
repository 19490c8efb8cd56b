import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateUserCommand, CreateAccessKeyCommand, IAMClient, UpdateAccountPasswordPolicyCommand, CreateLoginProfileCommand } from '@aws-sdk/client-iam';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { credentialReport, passwordPolicy } from './collectors.js';

describe('iam collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads the credential report and the password policy', async () => {
    const iam = new IAMClient(moto.config());
    await iam.send(new CreateUserCommand({ UserName: 'alice' }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'alice', Password: 'Sup3r-secret-pass!' }));
    await iam.send(new CreateUserCommand({ UserName: 'bob' }));
    await iam.send(new CreateAccessKeyCommand({ UserName: 'bob' }));
    const before = await collectFromMoto(moto, [passwordPolicy]);
    expect(before.get(passwordPolicy)).toEqual({ ok: true, data: { exists: false } });

    await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 15, RequireSymbols: true }));
    const inv = await collectFromMoto(moto, [credentialReport, passwordPolicy]);
    const report = inv.get(credentialReport);
    expect(report).toMatchObject({ ok: true });
    if (!report.ok) return;
    const alice = report.data.users.find((u) => u.user === 'alice');
    const bob = report.data.users.find((u) => u.user === 'bob');
    expect(alice?.passwordEnabled).toBe(true);
    expect(bob?.accessKey1Active).toBe(true);
    expect(bob?.accessKey1LastRotated).toMatch(/^\d{4}-/);
    const policy = inv.get(passwordPolicy);
    expect(policy.ok && policy.data.minimumLength).toBe(15);
    expect(policy.ok && policy.data.requireSymbols).toBe(true);
  });
});

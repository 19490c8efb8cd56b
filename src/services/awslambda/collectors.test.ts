import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddPermissionCommand, CreateFunctionCommand, LambdaClient, GetPolicyCommand } from '@aws-sdk/client-lambda';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { functionPolicies, functions } from './collectors.js';

/** The smallest valid zip archive (an empty one): moto stores the code without running it. */
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);

describe('lambda collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists functions per region and reads each resource policy, null when there is none', async () => {
    const { Role } = await new IAMClient(moto.config()).send(
      new CreateRoleCommand({
        RoleName: 'lambda-exec',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        }),
      }),
    );
    const create = (region: string, name: string) =>
      new LambdaClient(moto.config(region)).send(
        new CreateFunctionCommand({ FunctionName: name, Runtime: 'python3.12', Role: Role!.Arn!, Handler: 'index.handler', Code: { ZipFile: EMPTY_ZIP } }),
      );
    await create('us-east-1', 'open-fn');
    await create('us-east-1', 'plain-fn');
    await create('eu-west-1', 'eu-fn');
    await new LambdaClient(moto.config('us-east-1')).send(
      new AddPermissionCommand({ FunctionName: 'open-fn', StatementId: 'everyone', Action: 'lambda:InvokeFunction', Principal: '*' }),
    );

    const inv = await collectFromMoto(moto, [functions, functionPolicies], ['us-east-1', 'eu-west-1']);
    const us = inv.get(functions, 'us-east-1');
    const eu = inv.get(functions, 'eu-west-1');
    expect(us.ok && us.data.map((f) => f.name).sort()).toEqual(['open-fn', 'plain-fn']);
    expect(eu.ok && eu.data.map((f) => f.name)).toEqual(['eu-fn']);
    const usFn = us.ok ? us.data.find((f) => f.name === 'open-fn') : undefined;
    expect(usFn?.arn).toMatch(/^arn:aws:lambda:us-east-1:123456789012:function:open-fn$/);
    expect(usFn?.runtime).toBe('python3.12');

    const policies = inv.get(functionPolicies, 'us-east-1');
    expect(policies.ok).toBe(true);
    if (!policies.ok || !us.ok) return;
    const open = policies.data[us.data.find((f) => f.name === 'open-fn')!.arn];
    const plain = policies.data[us.data.find((f) => f.name === 'plain-fn')!.arn];
    expect(open.ok && JSON.parse(open.data!).Statement[0].Principal).toBe('*');
    expect(plain).toEqual({ ok: true, data: null });
    const euPolicies = inv.get(functionPolicies, 'eu-west-1');
    expect(euPolicies.ok && Object.values(euPolicies.data)).toEqual([{ ok: true, data: null }]);
  });

  it('keeps a denied GetPolicy as a per-function error (aws-sdk-client-mock)', async () => {
    const mock = mockClient(LambdaClient);
    try {
      mock.onAnyCommand().callsFake(async () => ({ Functions: [{ FunctionName: 'a', FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:a' }] }));
      mock.on(GetPolicyCommand).rejects(Object.assign(new Error('not allowed'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto(moto, [functions, functionPolicies]);
      expect(inv.get(functions)).toMatchObject({ ok: true, data: [{ name: 'a' }] });
      const policies = inv.get(functionPolicies);
      expect(policies.ok && policies.data['arn:aws:lambda:us-east-1:123456789012:function:a']).toMatchObject({
        ok: false,
        error: { kind: 'AccessDenied', code: 'AccessDeniedException', operation: 'lambda:GetPolicy' },
      });
    } finally {
      mock.restore();
    }
  });
});

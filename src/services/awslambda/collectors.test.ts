import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddPermissionCommand,
  CreateFunctionCommand,
  CreateFunctionUrlConfigCommand,
  GetFunctionCommand,
  GetLayerVersionByArnCommand,
  GetPolicyCommand,
  LambdaClient,
  ListFunctionsCommand,
} from '@aws-sdk/client-lambda';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { createServer, type Server } from 'node:http';
import { zipSync, strToU8 } from 'fflate';
import { evaluate } from '../../core/evaluate.js';
import { buildComplianceIndex } from '../../compliance/index.js';
import noSecretsInVariables from './checks/awslambda_function_no_secrets_in_variables.js';
import noSecretsInCode from './checks/awslambda_function_no_secrets_in_code.js';
import noSecretsInLayers from './checks/awslambda_layer_no_secrets_in_content.js';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { codeSecrets, functionPolicies, functions, functionUrls, layerSecrets, subnetZones, downloadArchive } from './collectors.js';

// Fake secrets built from parts, so no complete credential sits in the repository.
const FAKE_PASSWORD = 'Zq8' + 'vL2mN7xR4';
const FAKE_GITHUB = 'gh' + 'p_' + 'R8dkq2LmZ0xVb4Ty7Hc1Nw6Pd3Gs0Fj5Ue2A';

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

describe('lambda collectors: configuration details, URLs and subnets (moto)', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('keeps VPC, layers, variable names and the secrets found in variables (never their values), URLs and subnet zones', async () => {
    const iam = new IAMClient(moto.config());
    const { Role } = await iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: '{}' }));
    const ec2 = new EC2Client(moto.config());
    const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
    const a = await ec2.send(new CreateSubnetCommand({ VpcId: Vpc!.VpcId!, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }));
    const b = await ec2.send(new CreateSubnetCommand({ VpcId: Vpc!.VpcId!, CidrBlock: '10.0.2.0/24', AvailabilityZone: 'us-east-1b' }));
    const lambda = new LambdaClient(moto.config());
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'leaky',
        Runtime: 'nodejs16.x',
        Role: Role!.Arn!,
        Handler: 'index.handler',
        Code: { ZipFile: EMPTY_ZIP },
        Environment: { Variables: { DB_PASSWORD: FAKE_PASSWORD, CI: FAKE_GITHUB, LOG_LEVEL: 'info' } },
        VpcConfig: { SubnetIds: [a.Subnet!.SubnetId!, b.Subnet!.SubnetId!], SecurityGroupIds: ['sg-12345678'] },
      }),
    );
    await lambda.send(new CreateFunctionCommand({ FunctionName: 'plain', Runtime: 'python3.13', Role: Role!.Arn!, Handler: 'h', Code: { ZipFile: EMPTY_ZIP } }));
    await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'leaky', AuthType: 'NONE', Cors: { AllowOrigins: ['*'] } }));

    const inv = await collectFromMoto(moto, [functions, functionUrls, subnetZones]);
    const list = inv.get(functions);
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    const leaky = list.data.find((f) => f.name === 'leaky')!;
    expect(leaky).toMatchObject({ runtime: 'nodejs16.x', packageType: 'Zip', vpcId: expect.stringMatching(/^vpc-/), envVarNames: ['DB_PASSWORD', 'CI', 'LOG_LEVEL'] });
    expect(leaky.envSecrets!.map((h) => [h.key, h.kind])).toEqual([
      ['DB_PASSWORD', 'Password or secret in assignment'],
      ['CI', 'GitHub token'],
    ]);
    expect(list.data.find((f) => f.name === 'plain')).toMatchObject({ envVarNames: [], envSecrets: [] });
    const urls = inv.get(functionUrls);
    expect(urls.ok && urls.data[leaky.arn]).toMatchObject({ ok: true, data: { authType: 'NONE', allowOrigins: ['*'] } });
    expect(urls.ok && urls.data[list.data.find((f) => f.name === 'plain')!.arn]).toEqual({ ok: true, data: null });
    expect(inv.get(subnetZones)).toEqual({ ok: true, data: { [a.Subnet!.SubnetId!]: 'us-east-1a', [b.Subnet!.SubnetId!]: 'us-east-1b' } });

    // moto reports a fixed VPC id for the function (vpc-123abc), not the subnets' VPC.
    // The inventory and the finding name the variables, never the values.
    const findings = [...evaluate([noSecretsInVariables], inv, { compliance: buildComplianceIndex() })];
    const fail = findings.find((f) => f.resource.id === 'leaky')!;
    expect(fail.status).toBe('FAIL');
    expect(fail.statusExtended).toContain('GitHub token (variable CI)');
    for (const text of [JSON.stringify(findings), JSON.stringify(inv.get(functions))]) {
      expect(text).not.toContain(FAKE_PASSWORD);
      expect(text).not.toContain(FAKE_GITHUB);
    }
  });
});

describe('lambda code and layer archives (aws-sdk-client-mock: moto serves no code archive; a local HTTP stub does)', () => {
  let moto: Moto;
  let server: Server;
  let base: string;
  const served: Record<string, Buffer> = {};
  beforeAll(async () => {
    moto = await startMoto();
    server = createServer((req, res) => {
      const body = served[req.url ?? ''];
      if (!body) {
        res.writeHead(403).end('<Error>AccessDenied</Error>');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/zip' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await moto?.stop();
  });

  it('downloads, unzips and scans code and layers; keeps hits without values; a failed download is a per-function error without the URL', async () => {
    served['/code/leaky.zip?X-Amz-Signature=abc'] = Buffer.from(zipSync({ 'app/config.py': strToU8(`import os\nTOKEN = "${FAKE_GITHUB}"\n`), 'README.md': strToU8('hello') }));
    served['/code/clean.zip'] = Buffer.from(zipSync({ 'index.js': strToU8('exports.handler = async () => 42;\n') }));
    served['/layer/keys.zip'] = Buffer.from(zipSync({ 'python/settings.py': strToU8(`db_password = "${FAKE_PASSWORD}"\n`) }));
    const arn = (n: string) => `arn:aws:lambda:us-east-1:123456789012:function:${n}`;
    const layerArn = 'arn:aws:lambda:us-east-1:123456789012:layer:keys:1';
    const mock = mockClient(LambdaClient);
    try {
      mock.on(ListFunctionsCommand).resolves({
        Functions: [
          { FunctionName: 'leaky', FunctionArn: arn('leaky'), PackageType: 'Zip', Layers: [{ Arn: layerArn }] },
          { FunctionName: 'clean', FunctionArn: arn('clean'), PackageType: 'Zip' },
          { FunctionName: 'gone', FunctionArn: arn('gone'), PackageType: 'Zip' },
          { FunctionName: 'img', FunctionArn: arn('img'), PackageType: 'Image' },
          { FunctionName: 'denied', FunctionArn: arn('denied'), PackageType: 'Zip' },
        ],
      });
      mock.on(GetFunctionCommand, { FunctionName: arn('leaky') }).resolves({ Code: { Location: `${base}/code/leaky.zip?X-Amz-Signature=abc` } });
      mock.on(GetFunctionCommand, { FunctionName: arn('clean') }).resolves({ Code: { Location: `${base}/code/clean.zip` } });
      mock.on(GetFunctionCommand, { FunctionName: arn('gone') }).resolves({ Code: { Location: `${base}/code/gone.zip?X-Amz-Signature=secretsig` } });
      mock.on(GetFunctionCommand, { FunctionName: arn('denied') }).rejects(Object.assign(new Error('no'), { name: 'AccessDeniedException' }));
      mock.on(GetLayerVersionByArnCommand).resolves({ Content: { Location: `${base}/layer/keys.zip` } });

      const inv = await collectFromMoto(moto, [functions, codeSecrets, layerSecrets]);
      const code = inv.get(codeSecrets);
      expect(code.ok).toBe(true);
      if (!code.ok) return;
      expect(code.data[arn('leaky')]).toEqual({
        ok: true,
        data: {
          scanned: true,
          filesScanned: 2,
          skipped: [],
          hits: [{ kind: 'GitHub token', rule: '@secretlint/secretlint-rule-github', line: 2, file: 'app/config.py', key: 'TOKEN', location: 'app/config.py line 2 (TOKEN)' }],
        },
      });
      expect(code.data[arn('clean')]).toMatchObject({ ok: true, data: { scanned: true, hits: [], filesScanned: 1 } });
      expect(code.data[arn('img')]).toEqual({ ok: true, data: { scanned: false, reason: 'the function is a container image' } });
      expect(code.data[arn('denied')]).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'lambda:GetFunction' } });
      expect(code.data[arn('gone')]).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'lambda:GetFunction code download' } });
      expect(JSON.stringify(code.data[arn('gone')])).not.toContain('secretsig');
      const layers = inv.get(layerSecrets);
      expect(layers.ok && layers.data[layerArn]).toMatchObject({ ok: true, data: { scanned: true, hits: [{ kind: 'Password or secret in assignment', file: 'python/settings.py', line: 1 }] } });

      const findings = [...evaluate([noSecretsInCode, noSecretsInLayers], inv, { compliance: buildComplianceIndex() })];
      expect(findings.find((f) => f.resource.id === 'leaky')).toMatchObject({ status: 'FAIL' });
      expect(findings.find((f) => f.resource.id === 'keys:1')).toMatchObject({ status: 'FAIL' });
      for (const text of [JSON.stringify(findings), JSON.stringify(code), JSON.stringify(layers)]) {
        expect(text).not.toContain(FAKE_GITHUB);
        expect(text).not.toContain(FAKE_PASSWORD);
      }
    } finally {
      mock.restore();
    }
  });

  it('follows lambda_max_archive_mb, read by the collector through ctx.setting', async () => {
    served['/code/mid.zip'] = Buffer.from(zipSync({ 'data.txt': strToU8('x'.repeat(4096)) }, { level: 0 }));
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:mid';
    const mock = mockClient(LambdaClient);
    try {
      mock.on(ListFunctionsCommand).resolves({ Functions: [{ FunctionName: 'mid', FunctionArn: arn, PackageType: 'Zip' }] });
      mock.on(GetFunctionCommand).resolves({ Code: { Location: `${base}/code/mid.zip` } });
      const capped = await collectFromMoto(moto, [functions, codeSecrets], ['us-east-1'], 'us-east-1', { settings: { lambda_max_archive_mb: 0.001 } });
      const c = capped.get(codeSecrets);
      expect(c.ok && c.data[arn]).toEqual({ ok: true, data: { scanned: false, reason: 'the archive is larger than the 0.001 MiB download limit (lambda_max_archive_mb)' } });
      const roomy = await collectFromMoto(moto, [functions, codeSecrets]);
      const r = roomy.get(codeSecrets);
      expect(r.ok && r.data[arn]).toMatchObject({ ok: true, data: { scanned: true, filesScanned: 1 } });
    } finally {
      mock.restore();
    }
  });

  it('refuses an archive over the size cap while streaming', async () => {
    served['/big.zip'] = Buffer.alloc(64 * 1024, 1);
    const refused = await downloadArchive(`${base}/big.zip`, 1024);
    expect('tooLarge' in refused && refused.tooLarge).toBeGreaterThan(1024);
    const small = await downloadArchive(`${base}/big.zip`, 1024 * 1024);
    expect(small instanceof Uint8Array && small.byteLength).toBe(64 * 1024);
  });
});

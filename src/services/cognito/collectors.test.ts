import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeRiskConfigurationCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CognitoIdentityClient,
  CreateIdentityPoolCommand,
  DescribeIdentityPoolCommand,
  GetIdentityPoolRolesCommand,
  ListIdentityPoolsCommand,
} from '@aws-sdk/client-cognito-identity';
import { AssociateWebACLCommand, CreateWebACLCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { identityPools, userPoolClients, userPoolMfa, userPoolRisk, userPools, userPoolWebAcls } from './collectors.js';

describe('cognito collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads user pools with password policy, protection, MFA and app clients', async () => {
    const idp = new CognitoIdentityProviderClient(moto.config());
    const { UserPool } = await idp.send(
      new CreateUserPoolCommand({
        PoolName: 'customers',
        Policies: { PasswordPolicy: { MinimumLength: 14, RequireLowercase: true, RequireUppercase: false, RequireNumbers: true, RequireSymbols: false, TemporaryPasswordValidityDays: 3 } },
        DeletionProtection: 'ACTIVE',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      }),
    );
    await idp.send(new SetUserPoolMfaConfigCommand({ UserPoolId: UserPool!.Id, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } }));
    await idp.send(new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id, ClientName: 'web', PreventUserExistenceErrors: 'ENABLED', EnableTokenRevocation: true }));
    const ci = new CognitoIdentityClient(moto.config());
    await ci.send(new CreateIdentityPoolCommand({ IdentityPoolName: 'guests', AllowUnauthenticatedIdentities: true }));

    const inv = await collectFromMoto(moto, [userPools, userPoolMfa, userPoolClients, identityPools]);
    const pools = inv.get(userPools, 'us-east-1');
    expect(pools.ok).toBe(true);
    if (!pools.ok) return;
    const [pool] = pools.data;
    expect(pool).toMatchObject({ name: 'customers', arn: `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${UserPool!.Id}` });
    expect(pool.detail).toEqual({
      ok: true,
      data: expect.objectContaining({
        passwordPolicy: { minimumLength: 14, requireLowercase: true, requireUppercase: false, requireNumbers: true, requireSymbols: false, temporaryPasswordValidityDays: 3 },
        deletionProtection: 'ACTIVE',
        advancedSecurityMode: 'ENFORCED',
        allowAdminCreateUserOnly: true,
      }),
    });
    const mfa = inv.get(userPoolMfa, 'us-east-1');
    expect(mfa.ok && mfa.data[pool.arn]).toEqual({ ok: true, data: expect.objectContaining({ mfaConfiguration: 'ON', softwareToken: true }) });
    const clients = inv.get(userPoolClients, 'us-east-1');
    expect(clients.ok && clients.data[pool.arn]).toEqual({
      ok: true,
      data: [expect.objectContaining({ name: 'web', poolName: 'customers', preventUserExistenceErrors: 'ENABLED', enableTokenRevocation: true })],
    });
    const ids = inv.get(identityPools, 'us-east-1');
    expect(ids.ok && ids.data.map((p) => [p.name, p.detail])).toEqual([['guests', { ok: true, data: { allowUnauthenticated: true, allowClassicFlow: false, userPoolProviders: [] } }]]);
  });

  it('reads the WAF web ACL of each user pool (null for an unprotected pool)', async () => {
    const idp = new CognitoIdentityProviderClient(moto.config());
    const guarded = (await idp.send(new CreateUserPoolCommand({ PoolName: 'guarded' }))).UserPool!;
    const open = (await idp.send(new CreateUserPoolCommand({ PoolName: 'open' }))).UserPool!;
    const waf = new WAFV2Client(moto.config());
    const { Summary } = await waf.send(
      new CreateWebACLCommand({
        Name: 'pool-rules',
        Scope: 'REGIONAL',
        DefaultAction: { Allow: {} },
        VisibilityConfig: { SampledRequestsEnabled: false, CloudWatchMetricsEnabled: false, MetricName: 'pool-rules' },
        Rules: [],
      }),
    );
    await waf.send(new AssociateWebACLCommand({ WebACLArn: Summary!.ARN, ResourceArn: guarded.Arn }));

    const inv = await collectFromMoto(moto, [userPools, userPoolWebAcls]);
    const acls = inv.get(userPoolWebAcls, 'us-east-1');
    expect(acls.ok).toBe(true);
    if (!acls.ok) return;
    const arn = (id: string) => `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${id}`;
    expect(acls.data[arn(guarded.Id!)]).toEqual({ ok: true, data: { name: 'pool-rules', arn: Summary!.ARN } });
    expect(acls.data[arn(open.Id!)]).toEqual({ ok: true, data: null });
  });

  it('reads risk configuration and identity pool roles (aws-sdk-client-mock: moto lacks DescribeRiskConfiguration and GetIdentityPoolRoles)', async () => {
    const idp = mockClient(CognitoIdentityProviderClient);
    const ci = mockClient(CognitoIdentityClient);
    idp.on(ListUserPoolsCommand).resolves({ UserPools: [{ Id: 'us-east-1_abc', Name: 'p' }] });
    idp.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: 'us-east-1_abc' } });
    idp.on(DescribeRiskConfigurationCommand).resolves({
      RiskConfiguration: {
        CompromisedCredentialsRiskConfiguration: { EventFilter: ['SIGN_IN'], Actions: { EventAction: 'BLOCK' } },
        AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: 'BLOCK', Notify: true }, LowAction: { EventAction: 'NO_ACTION', Notify: false } } },
      },
    });
    ci.on(ListIdentityPoolsCommand).resolves({ IdentityPools: [{ IdentityPoolId: 'us-east-1:1', IdentityPoolName: 'ip' }] });
    ci.on(DescribeIdentityPoolCommand).resolves({ IdentityPoolId: 'us-east-1:1', IdentityPoolName: 'ip', AllowUnauthenticatedIdentities: false });
    ci.on(GetIdentityPoolRolesCommand).resolves({ Roles: { authenticated: 'arn:aws:iam::123456789012:role/auth' } });
    try {
      const inv = await collectFromMoto(moto, [userPools, userPoolRisk, identityPools]);
      const risk = inv.get(userPoolRisk, 'us-east-1');
      expect(risk.ok && risk.data['arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc']).toEqual({
        ok: true,
        data: { compromisedCredentialsAction: 'BLOCK', compromisedCredentialsEvents: ['SIGN_IN'], accountTakeover: { low: 'NO_ACTION', high: 'BLOCK' } },
      });
      const ids = inv.get(identityPools, 'us-east-1');
      expect(ids.ok && ids.data[0].roles).toEqual({ ok: true, data: { authenticated: 'arn:aws:iam::123456789012:role/auth' } });
    } finally {
      idp.restore();
      ci.restore();
    }
  });
});

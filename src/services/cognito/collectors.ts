/**
 * Cognito collectors. User pools: ListUserPools, then per pool DescribeUserPool (password policy,
 * deletion protection, threat protection mode, self sign-up), GetUserPoolMfaConfig, DescribeRiskConfiguration
 * and the app clients (ListUserPoolClients + DescribeUserPoolClient). Identity pools: ListIdentityPools,
 * DescribeIdentityPool and GetIdentityPoolRoles. Per-pool answers are kept as data, errors included.
 */
import { defineFact, type CollectContext } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';
import type { Result } from '../../core/types.js';

export interface UserPoolDetail {
  passwordPolicy: {
    minimumLength?: number;
    requireUppercase?: boolean;
    requireLowercase?: boolean;
    requireNumbers?: boolean;
    requireSymbols?: boolean;
    temporaryPasswordValidityDays?: number;
  } | null;
  /** ACTIVE or INACTIVE. */
  deletionProtection?: string;
  /** Threat protection (advanced security): OFF, AUDIT or ENFORCED. */
  advancedSecurityMode?: string;
  /** True when only administrators may create users (self sign-up disabled). */
  allowAdminCreateUserOnly: boolean;
  /** OFF, ON or OPTIONAL, as DescribeUserPool reports it. */
  mfaConfiguration?: string;
  /** LITE, ESSENTIALS or PLUS (feature plan). */
  tier?: string;
}

export interface UserPool {
  id: string;
  name: string;
  arn: string;
  detail: Result<UserPoolDetail>;
}

const poolArn = (ctx: { account: { partition: string; accountId: string }; region: string }, id: string) =>
  `arn:${ctx.account.partition}:cognito-idp:${ctx.region}:${ctx.account.accountId}:userpool/${id}`;

/**
 * The per-pool fan-out every per-pool fact shares: one call (or sequence of calls) per user pool, run
 * concurrently, each answer or error kept under the pool's ARN.
 */
async function perPool<T>(ctx: CollectContext, operation: string, read: (pool: UserPool) => Promise<T>): Promise<Record<string, Result<T>>> {
  const pools = await ctx.need(userPools);
  return Object.fromEntries(await Promise.all(pools.map(async (p) => [p.arn, await ctx.attempt(operation, () => read(p))] as const)));
}

export const userPools = defineFact<UserPool[]>({
  id: 'cognito.userPools',
  service: 'cognitoidp',
  scope: 'regional',
  operation: 'cognito-idp:ListUserPools',
  async collect(ctx) {
    const { paginateListUserPools, DescribeUserPoolCommand } = await import('@aws-sdk/client-cognito-identity-provider');
    const idp = await ctx.client('cognitoidp');
    const list: Array<{ id: string; name: string }> = [];
    for await (const page of paginateListUserPools({ client: idp, pageSize: 60 }, { MaxResults: 60 })) {
      for (const p of page.UserPools ?? []) if (p.Id) list.push({ id: p.Id, name: p.Name ?? p.Id });
    }
    return Promise.all(
      list.map(async (p) => ({
        ...p,
        arn: poolArn(ctx, p.id),
        detail: await ctx.attempt('cognito-idp:DescribeUserPool', async (): Promise<UserPoolDetail> => {
          const u = (await idp.send(new DescribeUserPoolCommand({ UserPoolId: p.id }))).UserPool;
          const pw = u?.Policies?.PasswordPolicy;
          return {
            passwordPolicy: pw
              ? {
                  ...(pw.MinimumLength !== undefined ? { minimumLength: pw.MinimumLength } : {}),
                  requireUppercase: !!pw.RequireUppercase,
                  requireLowercase: !!pw.RequireLowercase,
                  requireNumbers: !!pw.RequireNumbers,
                  requireSymbols: !!pw.RequireSymbols,
                  ...(pw.TemporaryPasswordValidityDays !== undefined ? { temporaryPasswordValidityDays: pw.TemporaryPasswordValidityDays } : {}),
                }
              : null,
            ...(u?.DeletionProtection ? { deletionProtection: u.DeletionProtection } : {}),
            ...(u?.UserPoolAddOns?.AdvancedSecurityMode ? { advancedSecurityMode: u.UserPoolAddOns.AdvancedSecurityMode } : {}),
            allowAdminCreateUserOnly: !!u?.AdminCreateUserConfig?.AllowAdminCreateUserOnly,
            ...(u?.MfaConfiguration ? { mfaConfiguration: u.MfaConfiguration } : {}),
            ...(u?.UserPoolTier ? { tier: u.UserPoolTier } : {}),
          };
        }),
      })),
    );
  },
});

export interface MfaConfig {
  /** OFF, ON or OPTIONAL. */
  mfaConfiguration: string;
  softwareToken: boolean;
  sms: boolean;
  email: boolean;
}

/** GetUserPoolMfaConfig per pool, keyed by pool ARN. */
export const userPoolMfa = defineFact<Record<string, Result<MfaConfig>>>({
  id: 'cognito.userPoolMfa',
  service: 'cognitoidp',
  scope: 'regional',
  operation: 'cognito-idp:GetUserPoolMfaConfig',
  async collect(ctx) {
    const { GetUserPoolMfaConfigCommand } = await import('@aws-sdk/client-cognito-identity-provider');
    const idp = await ctx.client('cognitoidp');
    return perPool(ctx, 'cognito-idp:GetUserPoolMfaConfig', async (p) => {
      const r = await idp.send(new GetUserPoolMfaConfigCommand({ UserPoolId: p.id }));
      return {
        mfaConfiguration: r.MfaConfiguration ?? 'OFF',
        softwareToken: !!r.SoftwareTokenMfaConfiguration?.Enabled,
        sms: !!r.SmsMfaConfiguration?.SmsConfiguration,
        email: !!r.EmailMfaConfiguration,
      };
    });
  },
});

export interface RiskConfig {
  /** BLOCK or NO_ACTION for sign-ins with credentials known to be leaked; null when not configured. */
  compromisedCredentialsAction: string | null;
  /** SIGN_IN, PASSWORD_CHANGE, SIGN_UP; empty means every event. */
  compromisedCredentialsEvents: string[];
  /** Account-takeover actions per risk level (BLOCK, MFA_IF_CONFIGURED, MFA_REQUIRED, NO_ACTION); null when not configured. */
  accountTakeover: { low?: string; medium?: string; high?: string } | null;
}

/** DescribeRiskConfiguration (pool-wide) per pool, keyed by pool ARN. */
export const userPoolRisk = defineFact<Record<string, Result<RiskConfig>>>({
  id: 'cognito.userPoolRisk',
  service: 'cognitoidp',
  scope: 'regional',
  operation: 'cognito-idp:DescribeRiskConfiguration',
  async collect(ctx) {
    const { DescribeRiskConfigurationCommand } = await import('@aws-sdk/client-cognito-identity-provider');
    const idp = await ctx.client('cognitoidp');
    return perPool(ctx, 'cognito-idp:DescribeRiskConfiguration', async (p): Promise<RiskConfig> => {
      const r = (await idp.send(new DescribeRiskConfigurationCommand({ UserPoolId: p.id }))).RiskConfiguration;
      const cc = r?.CompromisedCredentialsRiskConfiguration;
      const at = r?.AccountTakeoverRiskConfiguration?.Actions;
      return {
        compromisedCredentialsAction: cc?.Actions?.EventAction ?? null,
        compromisedCredentialsEvents: cc?.EventFilter ?? [],
        accountTakeover: at
          ? {
              ...(at.LowAction?.EventAction ? { low: at.LowAction.EventAction } : {}),
              ...(at.MediumAction?.EventAction ? { medium: at.MediumAction.EventAction } : {}),
              ...(at.HighAction?.EventAction ? { high: at.HighAction.EventAction } : {}),
            }
          : null,
      };
    });
  },
});

export interface UserPoolClient {
  id: string;
  name: string;
  poolId: string;
  poolName: string;
  arn: string;
  /** ENABLED or LEGACY. */
  preventUserExistenceErrors?: string;
  enableTokenRevocation: boolean;
}

/** Every app client of every user pool (per pool: the clients, or the error listing them). */
export const userPoolClients = defineFact<Record<string, Result<UserPoolClient[]>>>({
  id: 'cognito.userPoolClients',
  service: 'cognitoidp',
  scope: 'regional',
  operation: 'cognito-idp:DescribeUserPoolClient',
  async collect(ctx) {
    const { paginateListUserPoolClients, DescribeUserPoolClientCommand } = await import('@aws-sdk/client-cognito-identity-provider');
    const idp = await ctx.client('cognitoidp');
    return perPool(ctx, 'cognito-idp:DescribeUserPoolClient', async (p) => {
      const ids: string[] = [];
      for await (const page of paginateListUserPoolClients({ client: idp, pageSize: 60 }, { UserPoolId: p.id })) {
        for (const c of page.UserPoolClients ?? []) if (c.ClientId) ids.push(c.ClientId);
      }
      return Promise.all(
        ids.map(async (id): Promise<UserPoolClient> => {
          const c = (await idp.send(new DescribeUserPoolClientCommand({ UserPoolId: p.id, ClientId: id }))).UserPoolClient;
          return {
            id,
            name: c?.ClientName ?? id,
            poolId: p.id,
            poolName: p.name,
            arn: `${p.arn}/client/${id}`,
            ...(c?.PreventUserExistenceErrors ? { preventUserExistenceErrors: c.PreventUserExistenceErrors } : {}),
            enableTokenRevocation: !!c?.EnableTokenRevocation,
          };
        }),
      );
    });
  },
});

export interface WebAclRef {
  name: string;
  arn: string;
}

/**
 * The AWS WAF web ACL protecting each user pool (WAFv2 GetWebACLForResource, keyed by pool ARN); null when
 * none is associated. Web ACLs for user pools are regional, so the call goes to the pool's own region.
 */
export const userPoolWebAcls = defineFact<Record<string, Result<WebAclRef | null>>>({
  id: 'cognito.userPoolWebAcls',
  service: 'wafv2',
  scope: 'regional',
  operation: 'wafv2:GetWebACLForResource',
  async collect(ctx) {
    const { GetWebACLForResourceCommand } = await import('@aws-sdk/client-wafv2');
    const waf = await ctx.client('wafv2');
    return perPool(ctx, 'wafv2:GetWebACLForResource', async (p) => {
      try {
        const acl = (await waf.send(new GetWebACLForResourceCommand({ ResourceArn: p.arn }))).WebACL;
        return acl?.ARN ? { name: acl.Name ?? acl.ARN, arn: acl.ARN } : null;
      } catch (err) {
        // WAF answers "no such item" for a resource that has no web ACL association.
        if (awsErrorCode(err) === 'WAFNonexistentItemException') return null;
        throw err;
      }
    });
  },
});

export interface IdentityPool {
  id: string;
  name: string;
  arn: string;
  detail: Result<{ allowUnauthenticated: boolean; allowClassicFlow: boolean; userPoolProviders: string[] }>;
  /** The roles for authenticated and unauthenticated identities (GetIdentityPoolRoles). */
  roles: Result<{ authenticated?: string; unauthenticated?: string }>;
}

export const identityPools = defineFact<IdentityPool[]>({
  id: 'cognito.identityPools',
  service: 'cognitoidentity',
  scope: 'regional',
  operation: 'cognito-identity:ListIdentityPools',
  async collect(ctx) {
    const { paginateListIdentityPools, DescribeIdentityPoolCommand, GetIdentityPoolRolesCommand } = await import('@aws-sdk/client-cognito-identity');
    const ci = await ctx.client('cognitoidentity');
    const list: Array<{ id: string; name: string }> = [];
    for await (const page of paginateListIdentityPools({ client: ci, pageSize: 60 }, { MaxResults: 60 })) {
      for (const p of page.IdentityPools ?? []) if (p.IdentityPoolId) list.push({ id: p.IdentityPoolId, name: p.IdentityPoolName ?? p.IdentityPoolId });
    }
    return Promise.all(
      list.map(async (p) => {
        const [detail, roles] = await Promise.all([
          ctx.attempt('cognito-identity:DescribeIdentityPool', async () => {
            const d = await ci.send(new DescribeIdentityPoolCommand({ IdentityPoolId: p.id }));
            return {
              allowUnauthenticated: !!d.AllowUnauthenticatedIdentities,
              allowClassicFlow: !!d.AllowClassicFlow,
              userPoolProviders: (d.CognitoIdentityProviders ?? []).map((x) => x.ProviderName ?? '').filter(Boolean),
            };
          }),
          ctx.attempt('cognito-identity:GetIdentityPoolRoles', async () => {
            const r = (await ci.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: p.id }))).Roles ?? {};
            return { ...(r.authenticated ? { authenticated: r.authenticated } : {}), ...(r.unauthenticated ? { unauthenticated: r.unauthenticated } : {}) };
          }),
        ]);
        return { ...p, arn: `arn:${ctx.account.partition}:cognito-identity:${ctx.region}:${ctx.account.accountId}:identitypool/${p.id}`, detail, roles };
      }),
    );
  },
});

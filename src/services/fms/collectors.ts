/**
 * AWS Firewall Manager collectors. Only the Firewall Manager administrator account may list policies;
 * every other account is refused with an AccessDeniedException that says so. That refusal is an answer
 * (this account administers nothing here), not a failure; any other error stays an error. For each
 * policy, ListComplianceStatus gives the compliance of every member account it covers.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';
import { awsErrorCode } from '../../aws/errors.js';

export interface MemberCompliance {
  account: string;
  /** COMPLIANT or NON_COMPLIANT per evaluation result; empty when not evaluated yet. */
  statuses: string[];
  violators: number;
}

export interface FmsPolicy {
  id: string;
  name: string;
  arn: string;
  /** WAFV2, SECURITY_GROUPS_COMMON, NETWORK_FIREWALL, DNS_FIREWALL... */
  securityServiceType?: string;
  resourceType?: string;
  remediationEnabled: boolean;
  compliance: Result<MemberCompliance[]>;
}

export interface FmsPolicies {
  /** False when this account is not the Firewall Manager administrator (ListPolicies refused as such). */
  administrator: boolean;
  policies: FmsPolicy[];
}

/** The refusal Firewall Manager gives an account that is not its administrator. */
export function isNotAdministrator(err: unknown): boolean {
  const message = String((err as { message?: string } | undefined)?.message ?? '');
  // An IAM denial ("... is not authorized to perform: fms:ListPolicies") may name a user called admin: not this case.
  return awsErrorCode(err) === 'AccessDeniedException' && !/not authorized to perform/i.test(message) && /administrator|no default admin/i.test(message);
}

export const policies = defineFact<FmsPolicies>({
  id: 'fms.policies',
  service: 'fms',
  scope: 'regional',
  operation: 'fms:ListPolicies',
  async collect(ctx) {
    const { paginateListPolicies, paginateListComplianceStatus } = await import('@aws-sdk/client-fms');
    const fms = await ctx.client('fms');
    const list: Array<Omit<FmsPolicy, 'compliance'>> = [];
    try {
      for await (const page of paginateListPolicies({ client: fms, pageSize: 50 }, { MaxResults: 50 })) {
        for (const p of page.PolicyList ?? []) {
          if (!p.PolicyId) continue;
          list.push({
            id: p.PolicyId,
            name: p.PolicyName ?? p.PolicyId,
            arn: p.PolicyArn ?? `arn:${ctx.account.partition}:fms:${ctx.region}:${ctx.account.accountId}:policy/${p.PolicyId}`,
            ...(p.SecurityServiceType ? { securityServiceType: p.SecurityServiceType } : {}),
            ...(p.ResourceType ? { resourceType: p.ResourceType } : {}),
            remediationEnabled: !!p.RemediationEnabled,
          });
        }
      }
    } catch (err) {
      if (isNotAdministrator(err)) return { administrator: false, policies: [] };
      throw err;
    }
    const withCompliance = await Promise.all(
      list.map(async (p): Promise<FmsPolicy> => ({
        ...p,
        compliance: await ctx.attempt('fms:ListComplianceStatus', async () => {
          const out: MemberCompliance[] = [];
          for await (const page of paginateListComplianceStatus({ client: fms, pageSize: 50 }, { PolicyId: p.id, MaxResults: 50 })) {
            for (const s of page.PolicyComplianceStatusList ?? []) {
              if (!s.MemberAccount) continue;
              const results = s.EvaluationResults ?? [];
              out.push({
                account: s.MemberAccount,
                statuses: results.map((r) => r.ComplianceStatus ?? '').filter(Boolean),
                violators: results.reduce((n, r) => n + (r.ViolatorCount ?? 0), 0),
              });
            }
          }
          return out;
        }),
      })),
    );
    return { administrator: true, policies: withCompliance };
  },
});

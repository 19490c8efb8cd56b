/** Amazon Data Lifecycle Manager: the lifecycle policies of a region (GetLifecyclePolicies answers them all at once). */
import { defineFact } from '../../core/fact.js';

export interface LifecyclePolicy {
  id: string;
  arn: string;
  description?: string;
  /** ENABLED, DISABLED or ERROR. */
  state: string;
  /** EBS_SNAPSHOT_MANAGEMENT, IMAGE_MANAGEMENT or EVENT_BASED_POLICY. */
  policyType: string;
  /** A default policy (for all volumes or instances of the region without another policy). */
  defaultPolicy: boolean;
}

export const lifecyclePolicies = defineFact<LifecyclePolicy[]>({
  id: 'dlm.lifecyclePolicies',
  service: 'dlm',
  scope: 'regional',
  operation: 'dlm:GetLifecyclePolicies',
  async collect(ctx) {
    const { GetLifecyclePoliciesCommand } = await import('@aws-sdk/client-dlm');
    const client = await ctx.client('dlm');
    const res = await client.send(new GetLifecyclePoliciesCommand({}));
    return (res.Policies ?? []).flatMap((p) =>
      p.PolicyId
        ? [{
            id: p.PolicyId,
            arn: `arn:${ctx.account.partition}:dlm:${ctx.region}:${ctx.account.accountId}:policy/${p.PolicyId}`,
            ...(p.Description ? { description: p.Description } : {}),
            state: p.State ?? 'UNKNOWN',
            policyType: p.PolicyType ?? 'EBS_SNAPSHOT_MANAGEMENT',
            defaultPolicy: Boolean(p.DefaultPolicy),
          }]
        : [],
    );
  },
});

/**
 * Auto Scaling collectors: the groups of a region and the launch configurations (whose user data is
 * decoded and scanned for secrets here, so the inventory keeps what was found, never the user data).
 */
import { defineFact } from '../../core/fact.js';
import { scanUserData, type SecretHit } from '../../lib/secrets/index.js';

export interface AutoScalingGroup {
  name: string;
  arn: string;
  launchConfigurationName?: string;
  /** Launch template used directly or through a mixed instances policy. */
  launchTemplate?: string;
  mixedInstances: boolean;
  /** Instance types of the mixed instances policy overrides. */
  instanceTypes: string[];
  /** The mixed instances policy picks types by attributes (instance requirements). */
  attributeBasedTypes: boolean;
  availabilityZones: string[];
  healthCheckType?: string;
  capacityRebalance: boolean;
  loadBalancers: number;
}

export const groups = defineFact<AutoScalingGroup[]>({
  id: 'autoscaling.groups',
  service: 'autoscaling',
  scope: 'regional',
  operation: 'autoscaling:DescribeAutoScalingGroups',
  async collect(ctx) {
    const { paginateDescribeAutoScalingGroups } = await import('@aws-sdk/client-auto-scaling');
    const client = await ctx.client('autoscaling');
    const out: AutoScalingGroup[] = [];
    for await (const page of paginateDescribeAutoScalingGroups({ client, pageSize: Math.min(ctx.pageSize, 100) }, {})) {
      for (const g of page.AutoScalingGroups ?? []) {
        if (!g.AutoScalingGroupName || !g.AutoScalingGroupARN) continue;
        const mixed = g.MixedInstancesPolicy;
        const lt = g.LaunchTemplate ?? mixed?.LaunchTemplate?.LaunchTemplateSpecification;
        const overrides = mixed?.LaunchTemplate?.Overrides ?? [];
        out.push({
          name: g.AutoScalingGroupName,
          arn: g.AutoScalingGroupARN,
          launchConfigurationName: g.LaunchConfigurationName || undefined,
          launchTemplate: lt ? (lt.LaunchTemplateName ?? lt.LaunchTemplateId) : undefined,
          mixedInstances: Boolean(mixed),
          instanceTypes: [...new Set(overrides.flatMap((o) => (o.InstanceType ? [o.InstanceType] : [])))],
          attributeBasedTypes: overrides.some((o) => o.InstanceRequirements),
          availabilityZones: g.AvailabilityZones ?? [],
          healthCheckType: g.HealthCheckType,
          capacityRebalance: g.CapacityRebalance ?? false,
          loadBalancers: (g.LoadBalancerNames ?? []).length + (g.TargetGroupARNs ?? []).length,
        });
      }
    }
    return out;
  },
});

export interface LaunchConfiguration {
  name: string;
  arn: string;
  associatePublicIp?: boolean;
  httpTokens?: string;
  httpEndpoint?: string;
  hasUserData: boolean;
  /** Secrets in the user data (kind, line, variable), or why it could not be read. */
  userDataSecrets: SecretHit[];
  userDataUnreadable?: string;
}

export const launchConfigurations = defineFact<LaunchConfiguration[]>({
  id: 'autoscaling.launchConfigurations',
  service: 'autoscaling',
  scope: 'regional',
  operation: 'autoscaling:DescribeLaunchConfigurations',
  async collect(ctx) {
    const { paginateDescribeLaunchConfigurations } = await import('@aws-sdk/client-auto-scaling');
    const client = await ctx.client('autoscaling');
    const out: LaunchConfiguration[] = [];
    for await (const page of paginateDescribeLaunchConfigurations({ client, pageSize: Math.min(ctx.pageSize, 50) }, {})) {
      for (const lc of page.LaunchConfigurations ?? []) {
        if (!lc.LaunchConfigurationName || !lc.LaunchConfigurationARN) continue;
        const scan = lc.UserData ? await scanUserData(lc.UserData) : { ok: true as const, hits: [] };
        out.push({
          name: lc.LaunchConfigurationName,
          arn: lc.LaunchConfigurationARN,
          associatePublicIp: lc.AssociatePublicIpAddress,
          httpTokens: lc.MetadataOptions?.HttpTokens,
          httpEndpoint: lc.MetadataOptions?.HttpEndpoint,
          hasUserData: Boolean(lc.UserData),
          userDataSecrets: scan.ok ? scan.hits : [],
          ...(scan.ok ? {} : { userDataUnreadable: scan.reason }),
        });
      }
    }
    return out;
  },
});

/**
 * Application Auto Scaling collectors: the scalable targets and scaling policies of one service namespace
 * (dynamodb, ecs, lambda, ...), each a paginated listing, read once per account and region. Any check that
 * asks "does this resource scale" (DynamoDB capacity, ECS services, Aurora replicas...) reads the fact of
 * its namespace from `scalingOf`.
 */
import { defineFact, type Fact } from '../../core/fact.js';

export interface ScalableTarget {
  /** e.g. table/orders, table/orders/index/by-date, service/cluster/name. */
  resourceId: string;
  /** e.g. dynamodb:table:ReadCapacityUnits. */
  dimension: string;
  min?: number;
  max?: number;
  /** Scale-in, scale-out or scheduled scaling suspended on this target. */
  suspended: { scaleIn: boolean; scaleOut: boolean; scheduled: boolean };
}

export interface ScalingPolicy {
  name: string;
  resourceId: string;
  dimension: string;
  /** TargetTrackingScaling, StepScaling, PredictiveScaling. */
  type?: string;
}

export interface Scaling {
  targets: ScalableTarget[];
  policies: ScalingPolicy[];
}

const facts = new Map<string, Fact<Scaling>>();

/** The scaling fact of one namespace (the same fact object for the same namespace, so it is collected once). */
export function scalingOf(namespace: string): Fact<Scaling> {
  let fact = facts.get(namespace);
  if (fact) return fact;
  fact = defineFact<Scaling>({
    id: `applicationautoscaling.${namespace.replace(/[^A-Za-z0-9]/g, '')}Scaling`,
    service: 'applicationautoscaling',
    scope: 'regional',
    operation: 'application-autoscaling:DescribeScalableTargets',
    async collect(ctx) {
      const { paginateDescribeScalableTargets, paginateDescribeScalingPolicies } = await import('@aws-sdk/client-application-auto-scaling');
      const client = await ctx.client('applicationautoscaling');
      const ServiceNamespace = namespace as never;
      const out: Scaling = { targets: [], policies: [] };
      for await (const page of paginateDescribeScalableTargets({ client, pageSize: 50 }, { ServiceNamespace })) {
        for (const t of page.ScalableTargets ?? []) {
          if (!t.ResourceId || !t.ScalableDimension) continue;
          out.targets.push({
            resourceId: t.ResourceId,
            dimension: t.ScalableDimension,
            ...(t.MinCapacity !== undefined ? { min: t.MinCapacity } : {}),
            ...(t.MaxCapacity !== undefined ? { max: t.MaxCapacity } : {}),
            suspended: {
              scaleIn: Boolean(t.SuspendedState?.DynamicScalingInSuspended),
              scaleOut: Boolean(t.SuspendedState?.DynamicScalingOutSuspended),
              scheduled: Boolean(t.SuspendedState?.ScheduledScalingSuspended),
            },
          });
        }
      }
      for await (const page of paginateDescribeScalingPolicies({ client, pageSize: 50 }, { ServiceNamespace })) {
        for (const p of page.ScalingPolicies ?? []) {
          if (!p.ResourceId || !p.ScalableDimension) continue;
          out.policies.push({ name: p.PolicyName ?? '', resourceId: p.ResourceId, dimension: p.ScalableDimension, ...(p.PolicyType ? { type: p.PolicyType } : {}) });
        }
      }
      return out;
    },
  });
  facts.set(namespace, fact);
  return fact;
}

/** Service fixtures for the ECS service and task set checks. */
import type { EcsService } from './collectors.js';

export function svc(name: string, o: Partial<EcsService> = {}): EcsService {
  return { arn: `arn:aws:ecs:us-east-1:123456789012:service/main/${name}`, name, clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/main', capacityProviders: [], taskSets: [], ...o };
}

/** Fixture builders for the Auto Scaling check tests. */
import type { AutoScalingGroup, LaunchConfiguration } from './collectors.js';

export function group(name: string, o: Partial<AutoScalingGroup> = {}): AutoScalingGroup {
  return {
    name,
    arn: `arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:uuid:autoScalingGroupName/${name}`,
    launchTemplate: 'lt',
    mixedInstances: false,
    instanceTypes: [],
    attributeBasedTypes: false,
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    capacityRebalance: false,
    loadBalancers: 0,
    ...o,
  };
}

export function lc(name: string, o: Partial<LaunchConfiguration> = {}): LaunchConfiguration {
  return { name, arn: `arn:aws:autoscaling:us-east-1:123456789012:launchConfiguration:uuid:launchConfigurationName/${name}`, hasUserData: false, userDataSecrets: [], ...o };
}

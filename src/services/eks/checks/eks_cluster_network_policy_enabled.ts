import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { entryFor } from '../../../lib/resource-policy.js';
import { clusterAddons, clusterList, clusters } from '../collectors.js';
import { eachCluster } from '../helpers.js';

/** EKS add-ons (community and AWS Marketplace) that bring their own network policy engine. */
const POLICY_ENGINE_ADDON = /calico|tigera|cilium|isovalent|antrea/i;

export default defineCheck({
  id: 'eks_cluster_network_policy_enabled',
  title: 'EKS clusters enforce Kubernetes network policies',
  service: 'eks',
  severity: 'high',
  resourceType: 'AwsEksCluster',
  categories: ['trust-boundaries', 'cluster-security'],
  description:
    'Kubernetes NetworkPolicy objects do nothing unless a network policy engine enforces them. From the EKS API this reads the cluster\'s add-ons: the Amazon VPC CNI add-on with enableNetworkPolicy set in its configuration, or an add-on that brings its own engine (Calico, Cilium, Antrea), passes; a VPC CNI add-on without it fails. When the CNI is self-managed, or the cluster runs in EKS Auto Mode, the setting lives inside the cluster and the finding is MANUAL.',
  risk:
    'Without enforcement every pod can open connections to every other pod and namespace: one compromised workload reaches databases, internal APIs and the node services of the whole cluster, and policies written by teams give a false sense of isolation.',
  remediation: {
    text: 'Turn on network policy enforcement in the Amazon VPC CNI add-on (version 1.14 or later, with the network policy agent on the nodes), or install another policy engine, then apply default-deny policies per namespace and allow the flows each workload needs.',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/cni-network-policy-configure.html',
    cli: 'aws eks update-addon --cluster-name <cluster> --addon-name vpc-cni --resolve-conflicts PRESERVE --configuration-values \'{"enableNetworkPolicy":"true"}\'',
    nativeIaC:
      'Resources:\n  VpcCni:\n    Type: AWS::EKS::Addon\n    Properties:\n      ClusterName: <cluster>\n      AddonName: vpc-cni\n      ResolveConflicts: PRESERVE\n      ConfigurationValues: \'{"enableNetworkPolicy":"true"}\'',
    terraform:
      'resource "aws_eks_addon" "vpc_cni" {\n  cluster_name                = aws_eks_cluster.main.name\n  addon_name                  = "vpc-cni"\n  resolve_conflicts_on_update = "PRESERVE"\n  configuration_values        = jsonencode({ enableNetworkPolicy = "true" })\n}',
  },
  uses: [clusterList, clusters, clusterAddons],
  run(ctx) {
    const addonsByRegion = new Map(ctx.regional(clusterAddons).map(({ region, result }) => [region, result]));
    for (const { cluster: c, resource } of eachCluster(ctx)) {
      const addons = entryFor(addonsByRegion.get(resource.region)!, c.arn, clusterAddons.operation);
      if (!addons.ok) {
        ctx.error(resource, addons.error, `Could not read the add-ons of EKS cluster ${c.name}: ${describeCallError(addons.error)}.`);
        continue;
      }
      const { names, vpcCni } = addons.data;
      const engine = names.find((n) => POLICY_ENGINE_ADDON.test(n));
      if (vpcCni?.networkPolicy) ctx.pass(resource, `EKS cluster ${c.name} enforces network policies with the VPC CNI add-on${vpcCni.version ? ` ${vpcCni.version}` : ''} (enableNetworkPolicy).`);
      else if (engine) ctx.pass(resource, `EKS cluster ${c.name} runs the ${engine} add-on, a network policy engine.`);
      else if (c.autoMode) ctx.manual(resource, `EKS cluster ${c.name} runs in Auto Mode, where network policy enforcement is set in the cluster (node class and the amazon-vpc-cni ConfigMap): verify it there.`);
      else if (vpcCni) ctx.fail(resource, `EKS cluster ${c.name} has the VPC CNI add-on without network policy enforcement (enableNetworkPolicy is not set), and no other policy engine add-on.`);
      else ctx.manual(resource, `EKS cluster ${c.name} has no VPC CNI or policy engine add-on: its CNI is self-managed, so whether network policies are enforced must be verified in the cluster.`);
    }
  },
});

import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'memorydb_cluster_auto_minor_version_upgrades',
  title: "MemoryDB clusters apply minor engine upgrades automatically",
  service: 'memorydb',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["vulnerabilities"],
  description:
    "Passes each MemoryDB cluster with automatic minor version upgrades enabled.",
  risk: "Minor versions carry security fixes; a cluster never upgraded keeps known vulnerabilities.",
  remediation: {
    text: "Enable auto minor version upgrade on the cluster.",
    url: "https://docs.aws.amazon.com/memorydb/latest/devguide/engine-versions.html",
    cli: "aws memorydb update-cluster --cluster-name <cluster> --auto-minor-version-upgrade",
    terraform:
      'resource "aws_memorydb_cluster" "this" {\n  name                       = "<cluster-name>"\n  node_type                  = "<node-type>"\n  acl_name                   = "<acl-name>"\n  auto_minor_version_upgrade = true\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::MemoryDB::Cluster\n    Properties:\n      ClusterName: <cluster-name>\n      NodeType: <node-type>\n      ACLName: <acl-name>\n      AutoMinorVersionUpgrade: true',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "MemoryDB clusters", (x, resource) => {
      const L = `MemoryDB cluster ${x.id}`;
      if (x.autoMinorVersionUpgrade) ctx.pass(resource, `${L} applies minor version upgrades automatically.`);
      else ctx.fail(resource, `${L} does not apply minor version upgrades automatically.`);
    });
  },
});

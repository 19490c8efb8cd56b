import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'neptune_cluster_copy_tags_to_snapshots',
  title: "Neptune clusters copy their tags to snapshots",
  service: 'neptune',
  severity: 'low',
  resourceType: 'AwsRdsDbCluster',
  categories: [],
  description:
    "Passes each Neptune cluster that copies its tags to its snapshots.",
  risk: "Untagged snapshots escape tag-based access control, cost allocation and retention automation.",
  remediation: {
    text: "Enable CopyTagsToSnapshot on the cluster.",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/tagging.html",
    cli: "aws neptune modify-db-cluster --db-cluster-identifier <cluster> --copy-tags-to-snapshot --apply-immediately",
    terraform:
      'resource "aws_neptune_cluster" "this" {\n  cluster_identifier    = "<cluster-id>"\n  copy_tags_to_snapshot = true\n}',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Neptune clusters", (x, resource) => {
      const L = `Neptune cluster ${x.id}`;
      if (x.copyTagsToSnapshot) ctx.pass(resource, `${L} copies its tags to snapshots.`);
      else ctx.fail(resource, `${L} does not copy its tags to snapshots.`);
    });
  },
});

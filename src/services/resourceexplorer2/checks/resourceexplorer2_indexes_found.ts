import { defineCheck } from '../../../core/check.js';
import { indexes } from '../collectors.js';

export default defineCheck({
  id: 'resourceexplorer2_indexes_found',
  title: 'Resource Explorer has at least one index',
  service: 'resourceexplorer2',
  severity: 'low',
  resourceType: 'Other',
  categories: ['forensics-ready'],
  description: 'Checks that AWS Resource Explorer is turned on in the account (at least one index), ideally with an aggregator index that searches every region.',
  risk: 'Without an index, finding every resource touched during an incident means querying service by service and region by region, which is slow and misses things.',
  remediation: {
    text: 'Turn on Resource Explorer with quick setup, which creates indexes in every region and an aggregator index.',
    url: 'https://docs.aws.amazon.com/resource-explorer/latest/userguide/getting-started-setting-up.html',
    cli: 'aws resource-explorer-2 create-index --region <region> && aws resource-explorer-2 update-index-type --arn <index-arn> --type AGGREGATOR',
    terraform:
      'resource "aws_resourceexplorer2_index" "this" {\n  type = "LOCAL"\n}',
    nativeIaC:
      'Resources:\n  Index:\n    Type: AWS::ResourceExplorer2::Index\n    Properties:\n      Type: LOCAL',
  },
  uses: [indexes],
  run(ctx) {
    const list = ctx.global(indexes);
    const resource = ctx.accountResource();
    if (!list.ok) return ctx.error(resource, list.error);
    if (!list.data.length) return ctx.fail(resource, 'Resource Explorer has no index in this account.');
    const agg = list.data.find((i) => i.type === 'AGGREGATOR');
    ctx.pass(resource, `Resource Explorer has ${list.data.length} index(es)${agg ? `, with the aggregator in ${agg.region}` : ', but no aggregator index'}.`);
  },
});

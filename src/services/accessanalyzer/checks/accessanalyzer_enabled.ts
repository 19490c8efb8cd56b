import { defineCheck } from '../../../core/check.js';
import { analyzers } from '../collectors.js';

/** Analyzer types that look for access from outside the zone of trust (unused-access analyzers do not). */
const EXTERNAL_ACCESS = new Set(['ACCOUNT', 'ORGANIZATION']);

export default defineCheck({
  id: 'accessanalyzer_enabled',
  title: 'IAM Access Analyzer is enabled in every region',
  service: 'accessanalyzer',
  severity: 'low',
  resourceType: 'Other',
  categories: ['identity-access', 'trust-boundaries'],
  description:
    'For each scanned region, looks for an IAM Access Analyzer analyzer of type ACCOUNT or ORGANIZATION in the ACTIVE state. Analyzers are regional, so every region needs its own. Unused-access analyzers do not count: they do not report external access.',
  risk: 'Without an analyzer, resources shared with other accounts or made public (buckets, keys, roles, queues, snapshots) in that region go unnoticed until someone stumbles on them.',
  remediation: {
    text: 'Create an account analyzer (or an organization analyzer from the delegated administrator) in each region and review its findings.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
    cli: 'aws accessanalyzer create-analyzer --analyzer-name account-analyzer --type ACCOUNT --region <region>',
    terraform: 'resource "aws_accessanalyzer_analyzer" "account" {\n  analyzer_name = "account-analyzer"\n  type          = "ACCOUNT"\n}',
    nativeIaC:
      'Resources:\n  Analyzer:\n    Type: AWS::AccessAnalyzer::Analyzer\n    Properties:\n      AnalyzerName: account-analyzer\n      Type: ACCOUNT',
  },
  uses: [analyzers],
  run(ctx) {
    for (const { region, result } of ctx.regional(analyzers)) {
      const account = ctx.accountResource(region);
      if (!result.ok) {
        ctx.error(account, result.error);
        continue;
      }
      const external = result.data.filter((a) => EXTERNAL_ACCESS.has(a.type));
      const active = external.find((a) => a.status === 'ACTIVE');
      if (active) {
        ctx.pass({ ...account, details: { analyzer: active.arn } }, `IAM Access Analyzer ${active.name} (${active.type.toLowerCase()}) is active in ${region}.`);
      } else if (external.length > 0) {
        const states = external.map((a) => `${a.name} is ${a.status}`).join(', ');
        ctx.fail(account, `IAM Access Analyzer has no active account or organization analyzer in ${region} (${states}).`);
      } else {
        ctx.fail(account, `IAM Access Analyzer has no account or organization analyzer in ${region}.`);
      }
    }
  },
});

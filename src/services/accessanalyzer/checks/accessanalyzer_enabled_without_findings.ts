import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { entryFor, listed } from '../../../lib/resource-policy.js';
import { activeFindings, analyzers } from '../collectors.js';

export default defineCheck({
  id: 'accessanalyzer_enabled_without_findings',
  title: 'IAM Access Analyzer is enabled and has no active findings',
  service: 'accessanalyzer',
  severity: 'low',
  resourceType: 'Other',
  categories: ['identity-access', 'trust-boundaries', 'internet-exposed'],
  description:
    'For every region, checks that an IAM Access Analyzer is active, and for each active analyzer that it has no ACTIVE findings (resources shared outside the zone of trust, or unused access) left unresolved.',
  risk: 'An active finding is a resource reachable from outside the account or Organization, or a permission nobody uses; left open, it is exposure someone has already been told about.',
  remediation: {
    text: 'Create an analyzer in every region if missing. Review each active finding: remove unintended access, or archive the finding with an archive rule when the access is intended.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-findings.html',
    cli: 'aws accessanalyzer create-analyzer --analyzer-name account-analyzer --type ACCOUNT',
    terraform:
      'resource "aws_accessanalyzer_analyzer" "this" {\n  analyzer_name = "account-analyzer"\n  type          = "ACCOUNT"\n}\n\nresource "aws_accessanalyzer_archive_rule" "expected_partner" {\n  analyzer_name = aws_accessanalyzer_analyzer.this.analyzer_name\n  rule_name     = "expected-partner-access"\n  filter {\n    criteria = "principal.AWS"\n    eq       = ["<trusted-account-id>"]\n  }\n}',
    nativeIaC:
      'Resources:\n  Analyzer:\n    Type: AWS::AccessAnalyzer::Analyzer\n    Properties:\n      AnalyzerName: account-analyzer\n      Type: ACCOUNT\n      ArchiveRules:\n        - RuleName: expected-partner-access\n          Filter:\n            - Property: principal.AWS\n              Eq:\n                - <trusted-account-id>',
  },
  uses: [analyzers, activeFindings],
  run(ctx) {
    const counts = new Map(ctx.regional(activeFindings).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(analyzers)) {
      const list = listed(ctx, region, result, 'IAM Access Analyzer analyzers');
      if (!result.ok) continue;
      const active = list.filter((a) => a.status === 'ACTIVE');
      if (!active.length) {
        ctx.fail(ctx.accountResource(region), `IAM Access Analyzer is not enabled in ${region}${list.length ? ` (analyzers ${list.map((a) => `${a.name}: ${a.status}`).join(', ')})` : ''}.`);
        continue;
      }
      for (const a of active) {
        const resource = { arn: a.arn, id: a.name, name: a.name, region };
        const n = entryFor(counts.get(region)!, a.arn, activeFindings.operation);
        if (!n.ok) ctx.error(resource, n.error, `Could not list the findings of analyzer ${a.name}: ${describeCallError(n.error)}.`);
        else if (n.data === 0) ctx.pass(resource, `Analyzer ${a.name} is active with no active findings.`);
        else ctx.fail(resource, `Analyzer ${a.name} has ${n.data >= 100 ? '100 or more' : n.data} active finding(s).`);
      }
    }
  },
});

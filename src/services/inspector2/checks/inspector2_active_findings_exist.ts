import { defineCheck } from '../../../core/check.js';
import { describeCallError, notAvailableHere } from '../../../aws/errors.js';
import { accountStatus, activeFindings } from '../collectors.js';
import { inspectorResource } from '../inspector-resource.js';

export default defineCheck({
  id: 'inspector2_active_findings_exist',
  title: 'Amazon Inspector has no active findings',
  service: 'inspector2',
  severity: 'high',
  resourceType: 'Other',
  categories: [],
  description:
    'In every region where Amazon Inspector is enabled, asks for findings in the ACTIVE state (not suppressed, not closed) and fails when there is any. Regions where Inspector is off are left to inspector2_is_enabled.',
  risk: 'An active Inspector finding is a known vulnerability or reachable exposure on a running workload; left open it is an entry point that public exploit tooling already targets.',
  remediation: {
    text: 'Work through active findings by severity: patch or rebuild the affected instances, images and functions, close the network paths Inspector reports, and suppress only findings you have assessed as not applicable.',
    url: 'https://docs.aws.amazon.com/inspector/latest/user/findings-managing.html',
    cli: 'aws inspector2 list-findings --filter-criteria \'{"findingStatus":[{"comparison":"EQUALS","value":"ACTIVE"}]}\'',
    nativeIaC: `# Assessed false positives can be suppressed as code; fix the rest at the source.
AcceptedRisk:
  Type: AWS::InspectorV2::Filter
  Properties:
    Name: accepted-dev-only-cve
    FilterAction: SUPPRESS
    FilterCriteria:
      VulnerabilityId: [{ Comparison: EQUALS, Value: CVE-0000-00000 }]
      ResourceTags: [{ Comparison: EQUALS, Key: env, Value: dev }]`,
    terraform: `resource "aws_inspector2_filter" "accepted" {
  name   = "accepted-dev-only-cve"
  action = "SUPPRESS"
  filter_criteria {
    vulnerability_id {
      comparison = "EQUALS"
      value      = "CVE-0000-00000"
    }
  }
}`,
  },
  uses: [accountStatus, activeFindings],
  run(ctx) {
    const findings = new Map(ctx.regional(activeFindings).map(({ region, result }) => [region, result]));
    for (const { region, result: status } of ctx.regional(accountStatus)) {
      const resource = inspectorResource(ctx, region);
      if (!status.ok) {
        if (!notAvailableHere(status.error)) ctx.error(resource, status.error, `Could not read the Amazon Inspector status in ${region}: ${describeCallError(status.error)}.`);
        continue;
      }
      if (status.data.status !== 'ENABLED') continue;
      const f = findings.get(region);
      if (!f) continue;
      if (!f.ok) ctx.error(resource, f.error, `Could not list Amazon Inspector findings in ${region}: ${describeCallError(f.error)}.`);
      else if (!f.data) continue;
      else if (f.data.count) ctx.fail(resource, `Amazon Inspector has ${f.data.more ? `more than ${f.data.count}` : f.data.count} active finding(s) in ${region}.`);
      else ctx.pass(resource, `Amazon Inspector is enabled in ${region} with no active findings.`);
    }
  },
});

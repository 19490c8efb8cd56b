import { defineCheck } from '../../../core/check.js';
import { describeCallError, notAvailableHere } from '../../../aws/errors.js';
import { policies } from '../collectors.js';

export default defineCheck({
  id: 'fms_policy_compliant',
  title: 'Every AWS Firewall Manager policy is complied with by the accounts it covers',
  service: 'fms',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['internet-exposed', 'trust-boundaries'],
  description:
    'From the Firewall Manager administrator account, lists the Firewall Manager policies of each region (ListPolicies) and the compliance of every member account in their scope (ListComplianceStatus). A policy fails when any member account is non-compliant; an administrator with no policy in any scanned region fails too. Accounts that are not the administrator have nothing to report.',
  risk:
    'A non-compliant account runs resources without the web ACL, security group baseline, network firewall or DNS firewall the organization meant to enforce, so the protection exists on paper only.',
  remediation: {
    text: 'Open the policy in the Firewall Manager console, review the violations of each non-compliant account, and fix them or turn on automatic remediation for the policy.',
    url: 'https://docs.aws.amazon.com/waf/latest/developerguide/fms-compliance.html',
    cli: 'aws fms get-compliance-detail --policy-id <policy-id> --member-account <account-id>',
    nativeIaC: [
      'WafBaseline:',
      '  Type: AWS::FMS::Policy',
      '  Properties:',
      '    PolicyName: waf-baseline',
      '    RemediationEnabled: true',
      '    ExcludeResourceTags: false',
      '    ResourceType: AWS::ElasticLoadBalancingV2::LoadBalancer',
      '    SecurityServicePolicyData:',
      '      Type: WAFV2',
      '      ManagedServiceData: <wafv2-policy-json>',
    ].join('\n'),
    terraform: 'resource "aws_fms_policy" "waf_baseline" {\n  name                  = "waf-baseline"\n  remediation_enabled   = true\n  exclude_resource_tags = false\n  resource_type         = "AWS::ElasticLoadBalancingV2::LoadBalancer"\n  security_service_policy_data {\n    type                 = "WAFV2"\n    managed_service_data = jsonencode({ /* ... */ })\n  }\n}',
  },
  uses: [policies],
  run(ctx) {
    let administrator = false;
    let policyCount = 0;
    let unreadable = false;
    for (const { region, result } of ctx.regional(policies)) {
      if (!result.ok) {
        if (notAvailableHere(result.error)) continue;
        unreadable = true;
        ctx.error(ctx.accountResource(region), result.error, `Could not list the Firewall Manager policies in ${region}: ${describeCallError(result.error)}.`);
        continue;
      }
      if (!result.data.administrator) continue;
      administrator = true;
      for (const p of result.data.policies) {
        policyCount++;
        const resource = { arn: p.arn, id: p.id, name: p.name, region };
        if (!p.compliance.ok) {
          ctx.error(resource, p.compliance.error, `Could not read the compliance of Firewall Manager policy ${p.name}: ${describeCallError(p.compliance.error)}.`);
          continue;
        }
        const bad = p.compliance.data.filter((m) => m.statuses.includes('NON_COMPLIANT'));
        if (bad.length) {
          const shown = bad.slice(0, 10).map((m) => `${m.account}${m.violators ? ` (${m.violators} violating resource(s))` : ''}`);
          ctx.fail(resource, `Firewall Manager policy ${p.name} is not complied with by ${bad.length} account(s): ${shown.join(', ')}${bad.length > 10 ? ' and more' : ''}.`);
        } else ctx.pass(resource, `Firewall Manager policy ${p.name} is complied with by all ${p.compliance.data.length} account(s) it covers.`);
      }
    }
    if (administrator && policyCount === 0 && !unreadable) {
      ctx.fail(ctx.accountResource(), 'This account is the Firewall Manager administrator but has no Firewall Manager policy in any scanned region.');
    }
  },
});

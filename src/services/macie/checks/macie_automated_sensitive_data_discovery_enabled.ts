import { defineCheck } from '../../../core/check.js';
import { listed } from '../../../lib/resource-policy.js';
import { automatedDiscovery } from '../collectors.js';

export default defineCheck({
  id: 'macie_automated_sensitive_data_discovery_enabled',
  title: 'Macie automated sensitive data discovery is enabled',
  service: 'macie',
  severity: 'high',
  resourceType: 'Other',
  categories: ['secrets'],
  description:
    'For every region where Macie is enabled, checks that automated sensitive data discovery is on, so Macie continuously samples S3 buckets for personal and secret data. Regions without Macie are left to macie_is_enabled.',
  risk: 'With Macie on but discovery off, nothing is scanned unless someone runs jobs by hand, so sensitive data landing in new or public buckets goes unnoticed.',
  remediation: {
    text: 'Enable automated sensitive data discovery in Macie (for the whole Organization from the Macie administrator account).',
    url: 'https://docs.aws.amazon.com/macie/latest/user/discovery-asdd-account-enable.html',
    cli: 'aws macie2 update-automated-discovery-configuration --status ENABLED',
  },
  uses: [automatedDiscovery],
  run(ctx) {
    for (const { region, result } of ctx.regional(automatedDiscovery)) {
      const [d] = listed(ctx, region, result.ok ? { ok: true, data: [result.data] } : result, 'Macie automated discovery settings');
      if (!d || !d.macieEnabled) continue;
      const resource = ctx.accountResource(region);
      if (d.status === 'ENABLED') ctx.pass(resource, `Macie automated sensitive data discovery is enabled in ${region}.`);
      else ctx.fail(resource, `Macie is enabled in ${region} but automated sensitive data discovery is off.`);
    }
  },
});

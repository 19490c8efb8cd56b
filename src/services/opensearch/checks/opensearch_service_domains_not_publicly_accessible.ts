import { defineCheck } from '../../../core/check.js';
import { judgePolicy } from '../../../lib/resource-policy.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_not_publicly_accessible',
  title: 'OpenSearch domains are not open to the public',
  service: 'opensearch',
  severity: 'critical',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ['internet-exposed'],
  description:
    'A domain inside a VPC is reachable only through its VPC and passes. A domain with a public endpoint is judged by its access policy: a statement allowing Principal "*" without a condition that narrows callers to an account, organization, VPC endpoint or IP range fails it.',
  risk: 'A public endpoint with an open access policy lets anyone on the internet read, change or delete the indexed data.',
  remediation: {
    text: 'Place the domain in a VPC, or restrict its access policy to named IAM principals or IP ranges.',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --access-policies file://restricted-policy.json',
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, 'OpenSearch domains', (x, resource) => {
      if (x.vpcId) {
        ctx.pass(resource, `OpenSearch domain ${x.name} is in VPC ${x.vpcId}, with no public endpoint.`);
        return;
      }
      judgePolicy(ctx, { resource, label: `OpenSearch domain ${x.name} (public endpoint)`, policyName: 'access policy', operation: 'es:DescribeDomains' }, { ok: true, data: x.accessPolicy });
    });
  },
});

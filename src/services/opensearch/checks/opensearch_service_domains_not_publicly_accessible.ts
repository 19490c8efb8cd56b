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
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  vpc_options {\n    subnet_ids         = ["<private-subnet-id>"]\n    security_group_ids = ["<sg-id>"]\n  }\n  access_policies = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::<account-id>:role/<app-role>" }\n      Action    = "es:ESHttp*"\n      Resource  = "arn:aws:es:<region>:<account-id>:domain/<domain-name>/*"\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      VPCOptions:\n        SubnetIds:\n          - <private-subnet-id>\n        SecurityGroupIds:\n          - <sg-id>\n      AccessPolicies:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: \'arn:aws:iam::<account-id>:role/<app-role>\' }\n            Action: es:ESHttp*\n            Resource: arn:aws:es:<region>:<account-id>:domain/<domain-name>/*',
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

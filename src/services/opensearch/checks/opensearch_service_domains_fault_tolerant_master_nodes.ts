import { defineCheck } from '../../../core/check.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_fault_tolerant_master_nodes',
  title: "OpenSearch domains use at least three dedicated master nodes",
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ["resilience"],
  description:
    "Passes each domain with dedicated master nodes enabled and at least three of them, so the cluster keeps a quorum when one fails.",
  risk: "Without three dedicated masters, a master failure or an overloaded data node can make the whole cluster unavailable.",
  remediation: {
    text: "Enable three dedicated master nodes.",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html",
    cli: "aws opensearch update-domain-config --domain-name <domain> --cluster-config DedicatedMasterEnabled=true,DedicatedMasterCount=3,DedicatedMasterType=<type>",
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  cluster_config {\n    dedicated_master_enabled = true\n    dedicated_master_count   = 3\n    dedicated_master_type    = "<instance-type>"\n  }\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      ClusterConfig:\n        DedicatedMasterEnabled: true\n        DedicatedMasterCount: 3\n        DedicatedMasterType: <instance-type>',
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, "OpenSearch domains", (x, resource) => {
      const L = `OpenSearch domain ${x.name}`;
      if (x.dedicatedMaster && x.dedicatedMasterCount >= 3) ctx.pass(resource, `${L} has ${x.dedicatedMasterCount} dedicated master nodes.`);
      else ctx.fail(resource, `${L} ${x.dedicatedMaster ? `has only ${x.dedicatedMasterCount} dedicated master node(s)` : "has no dedicated master nodes"}.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_fault_tolerant_data_nodes',
  title: "OpenSearch domains have at least three data nodes across Availability Zones",
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ["resilience"],
  description:
    "Passes each domain with at least three data nodes and zone awareness enabled, so the loss of a node or an Availability Zone keeps the data available.",
  risk: "With fewer nodes or a single zone, one failure makes indices unavailable or loses unreplicated shards.",
  remediation: {
    text: "Use three or more data nodes and enable zone awareness (two or three Availability Zones).",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html",
    cli: "aws opensearch update-domain-config --domain-name <domain> --cluster-config InstanceCount=3,ZoneAwarenessEnabled=true,ZoneAwarenessConfig={AvailabilityZoneCount=3}",
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  cluster_config {\n    instance_count         = 3\n    zone_awareness_enabled = true\n    zone_awareness_config {\n      availability_zone_count = 3\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      ClusterConfig:\n        InstanceCount: 3\n        ZoneAwarenessEnabled: true\n        ZoneAwarenessConfig:\n          AvailabilityZoneCount: 3',
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, "OpenSearch domains", (x, resource) => {
      const L = `OpenSearch domain ${x.name}`;
      if (x.instanceCount >= 3 && x.zoneAwareness) ctx.pass(resource, `${L} has ${x.instanceCount} data nodes across Availability Zones.`);
      else ctx.fail(resource, `${L} has ${x.instanceCount} data node(s)${x.zoneAwareness ? "" : " without zone awareness"}.`);
    });
  },
});

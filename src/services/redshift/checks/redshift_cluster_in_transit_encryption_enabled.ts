import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { clusterParameters, clusters } from '../collectors.js';

export default defineCheck({
  id: 'redshift_cluster_in_transit_encryption_enabled',
  title: 'Redshift clusters accept only SSL/TLS connections',
  service: 'redshift',
  severity: 'high',
  resourceType: 'AwsRedshiftCluster',
  categories: ['encryption'],
  description:
    'Passes each cluster whose parameter group sets require_ssl to true and has that value in effect. A value changed in the group but still waiting for the cluster to reboot fails, ' +
    'since the cluster keeps accepting unencrypted connections until then.',
  risk: 'Without require_ssl, clients may connect in clear text, exposing queries, results and credentials to anyone on the network path.',
  remediation: {
    text: 'Use a custom parameter group with require_ssl set to true for the cluster, then reboot the cluster so the value takes effect.',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html',
    cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=require_ssl,ParameterValue=true && aws redshift reboot-cluster --cluster-identifier <cluster>',
    nativeIaC:
      'RequireTls:\n  Type: AWS::Redshift::ClusterParameterGroup\n  Properties:\n    Description: Require TLS\n    ParameterGroupFamily: redshift-2.0\n    Parameters:\n      - ParameterName: require_ssl\n        ParameterValue: "true"\n# and on the AWS::Redshift::Cluster: ClusterParameterGroupName: !Ref RequireTls',
    terraform:
      'resource "aws_redshift_parameter_group" "tls" {\n  name   = "require-tls"\n  family = "redshift-2.0"\n  parameter {\n    name  = "require_ssl"\n    value = "true"\n  }\n}\n\nresource "aws_redshift_cluster" "wh" {\n  # ...\n  cluster_parameter_group_name = aws_redshift_parameter_group.tls.name\n}',
  },
  uses: [clusters, clusterParameters],
  run(ctx) {
    const params = new Map(ctx.regional(clusterParameters).map(({ region, result }) => [region, result]));
    eachListed(ctx, clusters, 'Redshift clusters', (x, resource, region) => {
      const L = `Redshift cluster ${x.id}`;
      const group = x.parameterGroups[0];
      if (!group) return ctx.fail(resource, `${L} reports no parameter group, so require_ssl cannot be confirmed.`);
      const all = params.get(region);
      if (!all?.ok) return ctx.error(resource, all?.error ?? { kind: 'Failed', code: 'NotCollected', operation: clusterParameters.operation, message: 'parameters not collected' });
      const values = all.data[group.name];
      if (!values) return ctx.error(resource, { kind: 'Failed', code: 'NotFound', operation: clusterParameters.operation, message: `parameter group ${group.name} not read` });
      if (!values.ok) return ctx.error(resource, values.error, `Could not read parameter group ${group.name} of ${L}: ${values.error.operation} failed (${values.error.code}).`);
      const requireSsl = (values.data.require_ssl ?? 'false').toLowerCase() === 'true';
      if (!requireSsl) return ctx.fail(resource, `${L} accepts unencrypted connections: require_ssl is ${values.data.require_ssl ?? 'not set'} in parameter group ${group.name}.`);
      if (group.pending?.includes('require_ssl')) return ctx.fail(resource, `${L} has require_ssl set to true in parameter group ${group.name}, but the value is not in effect until the cluster reboots.`);
      ctx.pass(resource, `${L} requires SSL (require_ssl is true in parameter group ${group.name}).`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { clientVpnEndpoints } from '../collectors.js';
import { forEachRegional, simpleResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_client_vpn_endpoint_connection_logging_enabled',
  title: 'Client VPN endpoints log connections',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2ClientVpnEndpoint',
  categories: ['logging'],
  description: 'Checks that connection logging to CloudWatch Logs is enabled on each AWS Client VPN endpoint.',
  risk: 'Without connection logs there is no record of who connected to the network, from where and when, so stolen VPN credentials go unnoticed and investigations have nothing to work with.',
  remediation: {
    text: 'Enable connection logging on the endpoint with a CloudWatch Logs group (and a retention period).',
    url: 'https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-logging.html',
    cli: 'aws ec2 modify-client-vpn-endpoint --client-vpn-endpoint-id <cvpn-id> --connection-log-options Enabled=true,CloudwatchLogGroup=<log-group>',
  },
  uses: [clientVpnEndpoints],
  run(ctx) {
    forEachRegional(ctx, clientVpnEndpoints, (region, e) => {
      if (e.connectionLogging) ctx.pass(simpleResource(region, e), `Client VPN endpoint ${e.id} logs connections${e.logGroup ? ` to ${e.logGroup}` : ''}.`);
      else ctx.fail(simpleResource(region, e), `Client VPN endpoint ${e.id} does not log connections.`);
    });
  },
});

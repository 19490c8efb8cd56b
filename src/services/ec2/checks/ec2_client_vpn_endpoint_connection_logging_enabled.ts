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
    terraform:
      'resource "aws_cloudwatch_log_group" "vpn" {\n  name              = "/vpn/<endpoint-name>"\n  retention_in_days = 365\n}\n\nresource "aws_ec2_client_vpn_endpoint" "this" {\n  client_cidr_block      = "<client-cidr>"\n  server_certificate_arn = "<acm-certificate-arn>"\n  authentication_options {\n    type                       = "certificate-authentication"\n    root_certificate_chain_arn = "<client-root-certificate-arn>"\n  }\n  connection_log_options {\n    enabled              = true\n    cloudwatch_log_group = aws_cloudwatch_log_group.vpn.name\n  }\n}',
    nativeIaC:
      'Resources:\n  VpnLogGroup:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: 365\n  ClientVpnEndpoint:\n    Type: AWS::EC2::ClientVpnEndpoint\n    Properties:\n      ClientCidrBlock: <client-cidr>\n      ServerCertificateArn: <acm-certificate-arn>\n      AuthenticationOptions:\n        - Type: certificate-authentication\n          MutualAuthentication:\n            ClientRootCertificateChainArn: <client-root-certificate-arn>\n      ConnectionLogOptions:\n        Enabled: true\n        CloudwatchLogGroup: !Ref VpnLogGroup',
  },
  uses: [clientVpnEndpoints],
  run(ctx) {
    forEachRegional(ctx, clientVpnEndpoints, (region, e) => {
      if (e.connectionLogging) ctx.pass(simpleResource(region, e), `Client VPN endpoint ${e.id} logs connections${e.logGroup ? ` to ${e.logGroup}` : ''}.`);
      else ctx.fail(simpleResource(region, e), `Client VPN endpoint ${e.id} does not log connections.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { fleets } from '../collectors.js';
import { runFleetCheck } from '../fleet-checks.js';

export default defineCheck({
  id: 'appstream_fleet_default_internet_access_disabled',
  title: 'AppStream fleets do not give streaming instances default internet access',
  service: 'appstream',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['internet-exposed'],
  description:
    'Reads EnableDefaultInternetAccess of every AppStream 2.0 fleet (DescribeFleets). With it on, streaming instances get public IP addresses in public subnets and reach the internet directly, bypassing the egress controls of the VPC.',
  risk:
    'Users of the streamed applications can browse, download and upload to anywhere, which opens a path for data exfiltration and malware that no NAT gateway, proxy or firewall of yours inspects.',
  remediation: {
    text: 'Turn default internet access off and, where the applications need the internet, place the fleet in private subnets with a NAT gateway or a filtering proxy.',
    url: 'https://docs.aws.amazon.com/appstream2/latest/developerguide/internet-access.html',
    cli: 'aws appstream update-fleet --name <fleet-name> --no-enable-default-internet-access',
    nativeIaC: [
      'Fleet:',
      '  Type: AWS::AppStream::Fleet',
      '  Properties:',
      '    Name: <fleet-name>',
      '    InstanceType: <instance-type>',
      '    EnableDefaultInternetAccess: false',
      '    VpcConfig:',
      '      SubnetIds: [<private-subnet-id>]',
    ].join('\n'),
    terraform: 'resource "aws_appstream_fleet" "main" {\n  # ...\n  enable_default_internet_access = false\n  vpc_config {\n    subnet_ids = [aws_subnet.private.id]\n  }\n}',
  },
  uses: [fleets],
  run(ctx) {
    runFleetCheck(ctx, (f, label) =>
      f.enableDefaultInternetAccess ? [false, `${label} gives its streaming instances default internet access.`] : [true, `${label} has default internet access disabled.`],
    );
  },
});

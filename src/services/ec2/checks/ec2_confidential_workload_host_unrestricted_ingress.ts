import { defineCheck } from '../../../core/check.js';
import { instances, securityGroups } from '../collectors.js';
import { describeInstanceExposures, forEachInstanceExposure, instanceLabel, instanceResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_confidential_workload_host_unrestricted_ingress',
  title: 'Confidential computing (AMD SEV-SNP) instances accept no inbound traffic from the whole internet',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Instance',
  categories: ['internet-exposed'],
  description:
    'For instances launched with AMD SEV-SNP enabled (CpuOptions.AmdSevSnp), flags security groups that admit any inbound traffic, on any port, from 0.0.0.0/0 or ::/0.',
  risk:
    'Confidential workloads process the most sensitive data in the account; accepting connections from anywhere gives every internet scanner a path to the service that memory encryption cannot close.',
  remediation: {
    text: 'Restrict the ingress sources of the instance security groups to known networks, load balancers or other security groups, and publish services through a fronting layer instead.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sev-snp.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions <permission-with-0.0.0.0/0>',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "from_lb" {\n  security_group_id            = "<confidential-host-sg-id>"\n  ip_protocol                  = "tcp"\n  from_port                    = 443\n  to_port                      = 443\n  referenced_security_group_id = "<load-balancer-sg-id>"\n}',
    nativeIaC:
      'Resources:\n  ConfidentialHostSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: Confidential host, reachable from the load balancer only\n      VpcId: <vpc-id>\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          SourceSecurityGroupId: <load-balancer-sg-id>',
  },
  uses: [instances, securityGroups],
  run(ctx) {
    forEachInstanceExposure(
      ctx,
      (i) => i.amdSevSnp === 'enabled',
      () => true,
      (region, i, exposures) => {
        const resource = instanceResource(region, i);
        if (!exposures.length) return ctx.pass(resource, `Confidential computing instance ${instanceLabel(i)} admits no inbound traffic from the internet.`);
        ctx.fail(resource, `Confidential computing instance ${instanceLabel(i)} is open to the internet: ${describeInstanceExposures(exposures)}.`);
      },
    );
  },
});

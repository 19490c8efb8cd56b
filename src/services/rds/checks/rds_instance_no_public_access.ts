import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_no_public_access',
  title: 'RDS DB instances are not publicly accessible',
  service: 'rds',
  severity: 'critical',
  resourceType: 'AwsRdsDbInstance',
  categories: ['internet-exposed'],
  description:
    'Reports every RDS DB instance whose PubliclyAccessible setting is on, which gives its endpoint a public DNS answer and a public IP address. Security groups and routes are not taken into account: the setting alone fails the check.',
  risk: 'A publicly accessible database can be reached from the internet as soon as a security group or network ACL allows it, exposing it to password guessing, exploitation of engine vulnerabilities and data theft.',
  remediation: {
    text: 'Turn off public accessibility and reach the database from inside the VPC (application subnets, a bastion, VPN or Session Manager port forwarding).',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --no-publicly-accessible --apply-immediately',
    terraform: 'resource "aws_db_instance" "example" {\n  # ...\n  publicly_accessible = false\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      PubliclyAccessible: false',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (i, resource) => {
      if (!i.publiclyAccessible) ctx.pass(resource, `RDS instance ${i.id} (${i.engine}) is not publicly accessible.`);
      else
        ctx.fail(
          resource,
          `RDS instance ${i.id} (${i.engine}) is publicly accessible${i.endpoint ? ` at ${i.endpoint}` : ''}; only its security groups stand between it and the internet.`,
        );
    });
  },
});

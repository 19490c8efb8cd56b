import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_inside_vpc',
  title: "RDS DB instances run inside a VPC",
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbInstance',
  categories: ["trust-boundaries", "internet-exposed"],
  description:
    "Passes each DB instance deployed in a VPC (its DB subnet group names one); EC2-Classic instances are not.",
  risk: "An instance outside a VPC has no security groups, network ACLs or private addressing to isolate it.",
  remediation: {
    text: "Move the instance into a VPC (restore a snapshot into a DB subnet group of a VPC).",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.html",
    cli: "aws rds modify-db-instance --db-instance-identifier <instance> --db-subnet-group-name <subnet-group> --apply-immediately",
    terraform:
      'resource "aws_db_subnet_group" "private" {\n  name       = "<name>"\n  subnet_ids = ["<private-subnet-a>", "<private-subnet-b>"]\n}\n\nresource "aws_db_instance" "this" {\n  identifier             = "<db-id>"\n  instance_class         = "<instance-class>"\n  snapshot_identifier    = "<snapshot-arn>"\n  db_subnet_group_name   = aws_db_subnet_group.private.name\n  vpc_security_group_ids = ["<sg-id>"]\n}',
    nativeIaC:
      'Resources:\n  SubnetGroup:\n    Type: AWS::RDS::DBSubnetGroup\n    Properties:\n      DBSubnetGroupDescription: private subnets\n      SubnetIds:\n        - <private-subnet-a>\n        - <private-subnet-b>\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      DBSnapshotIdentifier: <snapshot-arn>\n      DBSubnetGroupName: !Ref SubnetGroup\n      VPCSecurityGroups:\n        - <sg-id>',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (x, resource) => {
      const L = `RDS instance ${x.id} (${x.engine})`;
      if (x.vpcId !== undefined) ctx.pass(resource, `${L} runs in VPC ${x.vpcId}.`);
      else ctx.fail(resource, `${L} is not in a VPC.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_deletion_protection',
  title: "RDS DB instances have deletion protection enabled",
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  categories: ["resilience"],
  description:
    "Passes each standalone DB instance that has deletion protection enabled. Instances that belong to an Aurora or Multi-AZ DB cluster take this setting from their cluster and are judged by the cluster check.",
  risk: "Without deletion protection, one API call (a script error, a stolen credential) deletes the database.",
  remediation: {
    text: "Enable deletion protection.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection",
    cli: "aws rds modify-db-instance --db-instance-identifier <instance> --deletion-protection --apply-immediately",
    terraform: 'resource "aws_db_instance" "example" {\n  # ...\n  deletion_protection = true\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      DeletionProtection: true',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (x, resource) => {
      if (x.clusterId !== undefined) return;
      const L = `RDS instance ${x.id} (${x.engine})`;
      if (x.deletionProtection) ctx.pass(resource, `${L} has deletion protection enabled.`);
      else ctx.fail(resource, `${L} does not have deletion protection enabled.`);
    });
  },
});

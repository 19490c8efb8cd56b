import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_copy_tags_to_snapshots',
  title: "RDS DB instances copy their tags to snapshots",
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbInstance',
  categories: [],
  description:
    "Passes each standalone DB instance that copies its tags to the snapshots it creates. Instances that belong to an Aurora or Multi-AZ DB cluster take this setting from their cluster and are judged by the cluster check.",
  risk: "Snapshots without tags escape tag-based access control, cost allocation and retention automation, and their owner and data classification are lost.",
  remediation: {
    text: "Enable CopyTagsToSnapshot on the instance.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags",
    cli: "aws rds modify-db-instance --db-instance-identifier <instance> --copy-tags-to-snapshot --apply-immediately",
    terraform: 'resource "aws_db_instance" "example" {\n  # ...\n  copy_tags_to_snapshot = true\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      CopyTagsToSnapshot: true',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (x, resource) => {
      if (x.clusterId !== undefined) return;
      const L = `RDS instance ${x.id} (${x.engine})`;
      if (x.copyTagsToSnapshot) ctx.pass(resource, `${L} copies its tags to snapshots.`);
      else ctx.fail(resource, `${L} does not copy its tags to snapshots.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { entryFor } from '../../../lib/resource-policy.js';
import { tables, tableTags } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';
import { coverageFacts, coverageIn, reportCoverage } from '../../backup/protection.js';

export default defineCheck({
  id: 'dynamodb_table_protected_by_backup_plan',
  title: 'DynamoDB tables are protected by an AWS Backup plan',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AwsDynamoDbTable',
  categories: ['resilience'],
  description:
    'Passes each table that a resource assignment of an AWS Backup plan in its region selects: by ARN or ARN pattern, by "*", or by tag (ListOfTags and Conditions, with StringLike and the negated tests), minus NotResources. A table reached only through "*" or tags counts only when DynamoDB is opted in to AWS Backup in that region.',
  risk: 'A table outside every backup plan has no scheduled, retained, centrally managed backups: point-in-time recovery alone keeps at most 35 days and is lost with the table.',
  remediation: {
    text: 'Assign the table to a backup plan, by ARN, by a dynamodb table pattern, or by a tag the plan selects.',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"tables","IamRoleArn":"<role-arn>","Resources":["arn:aws:dynamodb:*:*:table/*"]}\'',
    nativeIaC:
      'Resources:\n  TableSelection:\n    Type: AWS::Backup::BackupSelection\n    Properties:\n      BackupPlanId: !Ref DailyPlan\n      BackupSelection:\n        SelectionName: tables\n        IamRoleArn: !GetAtt BackupRole.Arn\n        Resources:\n          - !GetAtt OrdersTable.Arn',
    terraform:
      'resource "aws_backup_selection" "tables" {\n  name         = "tables"\n  plan_id      = aws_backup_plan.daily.id\n  iam_role_arn = aws_iam_role.backup.arn\n  resources    = [aws_dynamodb_table.orders.arn]\n}',
  },
  uses: [tables, tableTags, ...coverageFacts],
  run(ctx) {
    const cover = coverageIn(ctx);
    const tagsByRegion = new Map(ctx.regional(tableTags).map(({ region, result }) => [region, result]));
    eachListed(ctx, tables, 'DynamoDB tables', (t, resource, region) => {
      const tags = entryFor(tagsByRegion.get(region) ?? { ok: true, data: {} }, t.arn, tableTags.operation);
      const subject = { arn: t.arn, backupType: 'DynamoDB', ...(tags.ok ? { tags: tags.data } : { tags: {}, tagsError: tags.error }) };
      reportCoverage(ctx, tags.ok ? { ...resource, tags: tags.data } : resource, `DynamoDB table ${t.name}`, cover(region, subject));
    });
  },
});

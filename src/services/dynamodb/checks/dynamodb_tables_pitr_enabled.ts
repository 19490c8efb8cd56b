import { defineCheck } from '../../../core/check.js';
import { continuousBackups, tables } from '../collectors.js';
import { eachTableWith } from '../tables.js';

export default defineCheck({
  id: 'dynamodb_tables_pitr_enabled',
  title: 'DynamoDB tables have point-in-time recovery enabled',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AwsDynamoDbTable',
  categories: ['resilience'],
  description: 'Reads the continuous backup settings of each table and passes when point-in-time recovery is enabled.',
  risk: 'Without point-in-time recovery, accidental writes or deletes cannot be rolled back to a moment before they happened.',
  remediation: {
    text: 'Enable point-in-time recovery on the table.',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html',
    cli: 'aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    terraform:
      'resource "aws_dynamodb_table" "this" {\n  name         = "<table-name>"\n  hash_key     = "pk"\n  billing_mode = "PAY_PER_REQUEST"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n  point_in_time_recovery {\n    enabled = true\n  }\n}',
    nativeIaC:
      'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema:\n        - AttributeName: pk\n          KeyType: HASH\n      AttributeDefinitions:\n        - AttributeName: pk\n          AttributeType: S\n      BillingMode: PAY_PER_REQUEST\n      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: true',
  },
  uses: [tables, continuousBackups],
  run(ctx) {
    eachTableWith(ctx, continuousBackups, (t, on, r) => {
      if (on) ctx.pass(r, `DynamoDB table ${t.name} has point-in-time recovery enabled.`);
      else ctx.fail(r, `DynamoDB table ${t.name} does not have point-in-time recovery enabled.`);
    });
  },
});

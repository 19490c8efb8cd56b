import { defineCheck } from '../../../core/check.js';
import { tables } from '../collectors.js';
import { eachTable } from '../tables.js';

export default defineCheck({
  id: 'dynamodb_table_deletion_protection_enabled',
  title: 'DynamoDB tables have deletion protection enabled',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AwsDynamoDbTable',
  categories: ['resilience'],
  description: 'Passes each DynamoDB table with deletion protection enabled.',
  risk: 'Without deletion protection, one DeleteTable call (a script error or stolen credentials) destroys the table and its data.',
  remediation: {
    text: 'Enable deletion protection on the table.',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
    cli: 'aws dynamodb update-table --table-name <table> --deletion-protection-enabled',
    terraform:
      'resource "aws_dynamodb_table" "this" {\n  name                        = "<table-name>"\n  hash_key                    = "pk"\n  billing_mode                = "PAY_PER_REQUEST"\n  deletion_protection_enabled = true\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n}',
    nativeIaC:
      'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema:\n        - AttributeName: pk\n          KeyType: HASH\n      AttributeDefinitions:\n        - AttributeName: pk\n          AttributeType: S\n      BillingMode: PAY_PER_REQUEST\n      DeletionProtectionEnabled: true',
  },
  uses: [tables],
  run(ctx) {
    eachTable(ctx, (t, r) => {
      if (t.deletionProtection) ctx.pass(r, `DynamoDB table ${t.name} has deletion protection enabled.`);
      else ctx.fail(r, `DynamoDB table ${t.name} does not have deletion protection enabled.`);
    });
  },
});

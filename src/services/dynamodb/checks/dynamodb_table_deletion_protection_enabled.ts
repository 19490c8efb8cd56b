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
  },
  uses: [tables],
  run(ctx) {
    eachTable(ctx, (t, r) => {
      if (t.deletionProtection) ctx.pass(r, `DynamoDB table ${t.name} has deletion protection enabled.`);
      else ctx.fail(r, `DynamoDB table ${t.name} does not have deletion protection enabled.`);
    });
  },
});

import { defineCheck } from '../../../core/check.js';
import { tables } from '../collectors.js';
import { eachTable } from '../tables.js';

export default defineCheck({
  id: 'dynamodb_tables_kms_cmk_encryption_enabled',
  title: 'DynamoDB tables are encrypted with a KMS key',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AwsDynamoDbTable',
  categories: ['encryption'],
  description:
    'Passes each DynamoDB table encrypted with a KMS key in the account (SSE type KMS: the AWS managed aws/dynamodb key or a customer managed key). Tables on the default AWS owned key fail: that key cannot be audited in CloudTrail or governed by a key policy.',
  risk: 'With the AWS owned key, key usage is invisible to you and access to the data cannot be cut off by disabling or restricting the key.',
  remediation: {
    text: 'Switch the table encryption to a customer managed KMS key.',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.tutorial.html',
    cli: 'aws dynamodb update-table --table-name <table> --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key-arn>',
    terraform:
      'resource "aws_dynamodb_table" "this" {\n  name         = "<table-name>"\n  hash_key     = "pk"\n  billing_mode = "PAY_PER_REQUEST"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n  server_side_encryption {\n    enabled     = true\n    kms_key_arn = "<kms-key-arn>"\n  }\n}',
    nativeIaC:
      'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema:\n        - AttributeName: pk\n          KeyType: HASH\n      AttributeDefinitions:\n        - AttributeName: pk\n          AttributeType: S\n      BillingMode: PAY_PER_REQUEST\n      SSESpecification:\n        SSEEnabled: true\n        SSEType: KMS\n        KMSMasterKeyId: <kms-key-arn>',
  },
  uses: [tables],
  run(ctx) {
    eachTable(ctx, (t, r) => {
      if (t.sseType === 'KMS') ctx.pass(r, `DynamoDB table ${t.name} is encrypted with KMS key ${t.kmsKeyArn ?? '(not reported)'}.`);
      else ctx.fail(r, `DynamoDB table ${t.name} is encrypted with the AWS owned key, not a KMS key of the account.`);
    });
  },
});

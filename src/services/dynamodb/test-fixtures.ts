/** Test-only builders: a compliant DynamoDB table and DAX cluster, changed field by field. */
import type { DaxCluster, Table } from './collectors.js';

export const makeTable = (id: string, o: Partial<Table> = {}): Table => ({
  id,
  name: id,
  arn: `arn:aws:dynamodb:us-east-1:123456789012:table/${id}`,
  deletionProtection: true,
  sseType: 'KMS',
  kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k',
  billingMode: 'PAY_PER_REQUEST',
  ...o,
});

export const makeDax = (id: string, o: Partial<DaxCluster> = {}): DaxCluster => ({
  id,
  arn: `arn:aws:dax:us-east-1:123456789012:cache/${id}`,
  sseStatus: 'ENABLED',
  endpointEncryption: 'TLS',
  nodeZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  nodeCount: 3,
  ...o,
});
